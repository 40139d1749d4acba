package entity

import (
	"bytes"
	"encoding/gob"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
	"github.com/verdictnlp/verdict/internal/norm"
)

// perceptron is prose's part-of-speech model (its averaged perceptron's tag
// dictionary and weights, read from the data prose ships) with prose's tagging step
// rewritten to reuse its buffers: prose builds two maps and a dozen strings for every
// word it tags, which made its tagger most of the cost of a short window. It tags only
// windows whose every token is plain (see plainWord), where prose's special cases
// (emoticons, links, e-mail addresses, its placeholder tags) cannot apply;
// TestPerceptronMatchesProse checks that it gives prose's tags on the corpus's
// windows. Other windows go to prose itself. (tag, predict, numberClass and
// appendNormalized follow prose's tag.go, MIT licence, copyright Joseph Kato: its
// notice is in THIRD_PARTY_NOTICES.md.)
type perceptron struct {
	classes []string // the tags, in order
	tags    []string // every tag a feature or a word can name, by number: class k is tag k
	// weights and classOf are every feature's weights and the classes they are for,
	// each feature's a run of them: two arrays, not one of labelWeight, which padded
	// a class's byte to eight and read the cache lines of a run half as full.
	weights []float64
	classOf []uint8
	bias    run      // the "bias" feature
	pref1   [256]run // "i pref1 c", by the word's first byte
	// The other features that name a word (or suffix) are filed by it, so that a
	// window's words are looked up once each, not once for each of the six features
	// that name them: the weights' map is large, and each lookup of a feature's string
	// in it missed the cache several times: words files them, with the dictionary's
	// tags, to be looked up (see wordTable). The features that name tags are filed by
	// the tags' numbers, in slices (byTag, pair, wordFeatures.afterTag), not in maps:
	// the tagger runs a few times a text, with its tables out of the cache, and a small
	// map's lookup missed it three times where a slice's indexing misses once.
	words wordTable
	byTag []tagFeatures // by the tag's number
	pair  []run         // "i tag+i-2 tag t u" at t*len(tags)+u, by the tags' numbers
	// markers are what words files under the context words tagEach puts before and
	// after a window, "-START-", "-START2-", "-END-", "-END2-", and under their
	// suffixes, looked up once.
	markers [4][2]*wordEntry
	// start, start2, dash and none number the tags tagEach gives itself: "-START-" and
	// "-START2-" before the first word, "-" to "-", and "" when no feature has weights.
	start, start2, dash, none int32
}

// perceptronBuilder is what newPerceptron holds while it reads the model, and drops
// once it has: the dictionary's words with their tags' numbers (tagMap), every
// feature's weights in the order read (all, which relayout moves into weights and
// classOf), the features filed by the word or suffix they name (byWord, which
// newWordTable turns into words), the tags' numbers (tagNum) and the pair features
// (pairs, which become pair).
type perceptronBuilder struct {
	*perceptron
	tagMap map[string]int32
	all    []labelWeight
	byWord map[string]*wordFeatures
	tagNum map[string]int32
	pairs  map[[2]int32]run
}

// run is a feature's weights, weights[start:end] (all[start:end] while the model is
// read).
type run struct{ start, end int32 }

// wordFeatures are the features that name a word (or a suffix, the last three bytes
// of one): "i-2 word w" … "i+2 word w" by the word's place (0 for i-2), "i-1 suffix
// s", "i suffix s", "i+1 suffix s" likewise, and "i-1 tag+i word t w" by the tag t.
type wordFeatures struct {
	word     [5]run
	suffix   [3]run
	afterTag []tagRun // a few, read in turn
}

// tagRun is a feature's weights, filed under the number of the tag it names.
type tagRun struct {
	tag int32
	r   run
}

// after returns the run of "i-1 tag+i word t w" for the tag numbered t.
func (wf *wordFeatures) after(t int32) run {
	for _, a := range wf.afterTag {
		if a.tag == t {
			return a.r
		}
	}
	return run{}
}

// tagFeatures are the features that name a tag t alone: "i-1 tag t", "i-2 tag t".
type tagFeatures struct{ prev, prev2 run }

// labelWeight is a feature's weight for the class numbered class.
type labelWeight struct {
	class  int32
	weight float64
}

var perceptronModel = sync.OnceValue(func() *perceptron {
	var classes []string
	var tags map[string]string
	for _, a := range []struct {
		name string
		into any
	}{{"classes", &classes}, {"tags", &tags}} {
		b, err := prose.Asset("model/AveragedPerceptron/" + a.name + ".gob")
		if err != nil || gob.NewDecoder(bytes.NewReader(b)).Decode(a.into) != nil {
			return nil
		}
	}
	b, err := prose.Asset("model/AveragedPerceptron/weights.gob")
	if err != nil {
		return nil
	}
	// The weights (5 MB) are read by readWeights, not encoding/gob, which built a map
	// for each of their 75,000 features through reflection only for newPerceptron to
	// file them and drop the maps: 90 ms and 44 MB allocated, where readWeights takes
	// 4 ms and nothing.
	asset := string(b)
	return newPerceptron(classes, tags, func(each func(feat, label string, w float64)) (int, error) {
		_, n, err := readWeights(asset, each)
		return n, err
	})
})

// weightStream gives a model's weights, calling each for every one, a feature's
// weights in a row, and returns their number.
type weightStream func(each func(feat, label string, w float64)) (int, error)

// newPerceptron files prose's weights by feature, each a run of one shared array,
// or returns nil if a weight is for a class the model does not list (or it lists more
// than a byte can number). The classes are
// numbered in order, so that of two with the same score the first is taken every
// time (prose takes either, by its map's order).
func newPerceptron(classes []string, tags map[string]string, weights weightStream) *perceptron {
	if len(classes) > 256 {
		return nil
	}
	p := &perceptronBuilder{perceptron: &perceptron{classes: slices.Sorted(slices.Values(classes))},
		tagMap: make(map[string]int32, len(tags)), byWord: map[string]*wordFeatures{},
		tagNum: map[string]int32{}, pairs: map[[2]int32]run{}}
	for _, label := range p.classes {
		p.tagNumber(label)
	}
	index := maps.Clone(p.tagNum) // the classes' numbers
	p.start, p.start2, p.dash, p.none = p.tagNumber("-START-"), p.tagNumber("-START2-"), p.tagNumber("-"), p.tagNumber("")
	for w, t := range tags {
		p.tagMap[w] = p.tagNumber(t)
	}
	if !p.fileWeights(weights, index) {
		return nil
	}
	p.pair = make([]run, len(p.tags)*len(p.tags))
	for tu, r := range p.pairs {
		p.pair[int(tu[0])*len(p.tags)+int(tu[1])] = r
	}
	p.relayout()
	var ok bool
	if p.words, ok = newWordTable(p.byWord, p.tagMap); !ok {
		return nil
	}
	for k, m := range []string{"-START-", "-START2-", "-END-", "-END2-"} {
		p.markers[k] = [2]*wordEntry{p.words.find(m), p.words.find(suffix(m))}
	}
	return p.perceptron
}

// relayout copies all's runs into weights and classOf in the order of the words they are
// filed under (the bias and the tags' features first), so that a word's weights lie
// together: tagging a word reads the features of the two words each side of it, and
// a window's words were read from as many places in the 4 MB array as features, each
// missing the cache. (The order of the runs changes no score: each is added when
// predict asks for it.) A run no feature is filed under is dropped.
func (p *perceptronBuilder) relayout() {
	p.weights, p.classOf = make([]float64, 0, len(p.all)), make([]uint8, 0, len(p.all))
	move := func(r *run) {
		start := len(p.weights)
		for _, lw := range p.all[r.start:r.end] {
			p.weights = append(p.weights, lw.weight)
			p.classOf = append(p.classOf, uint8(lw.class))
		}
		*r = run{int32(start), int32(len(p.weights))}
	}
	move(&p.bias)
	for k := range p.pref1 {
		move(&p.pref1[k])
	}
	for k := range p.byTag {
		move(&p.byTag[k].prev)
		move(&p.byTag[k].prev2)
	}
	for k := range p.pair {
		move(&p.pair[k])
	}
	for _, wf := range p.byWord {
		for k := range wf.word {
			move(&wf.word[k])
		}
		for k := range wf.suffix {
			move(&wf.suffix[k])
		}
		for k := range wf.afterTag {
			move(&wf.afterTag[k].r)
		}
	}
}

// tagNumber returns tag t's number, numbering it (and making room for its features)
// when it is new.
func (p *perceptronBuilder) tagNumber(t string) int32 {
	n, ok := p.tagNum[t]
	if !ok {
		n = int32(len(p.tags))
		t = strings.Clone(t) // kept: a feature's text is a substring of the 5 MB asset
		p.tagNum[t] = n
		p.tags = append(p.tags, t)
		p.byTag = append(p.byTag, tagFeatures{})
	}
	return n
}

// fileWeights reads the weights into all, filing each feature's run of them (see
// file), a feature's weights being given in a row. A first pass counts them, so that
// all is made once. It reports false for a stream that fails or names a class not in
// index.
func (p *perceptronBuilder) fileWeights(weights weightStream, index map[string]int32) bool {
	total, err := weights(func(string, string, float64) {})
	if err != nil {
		return false
	}
	p.all = make([]labelWeight, 0, total)
	feat, start, ok := "", -1, true
	_, err = weights(func(f, label string, w float64) {
		if start < 0 || f != feat {
			if start >= 0 {
				p.file(feat, run{int32(start), int32(len(p.all))})
			}
			feat, start = f, len(p.all)
		}
		c, known := index[label]
		ok = ok && known
		p.all = append(p.all, labelWeight{c, w})
	})
	if err != nil || !ok {
		return false
	}
	if start >= 0 {
		p.file(feat, run{int32(start), int32(len(p.all))})
	}
	return true
}

// wordPlaces and suffixPlaces are the features filed in wordFeatures, by place.
var (
	wordPlaces   = [5]string{"i-2 word ", "i-1 word ", "i word ", "i+1 word ", "i+2 word "}
	suffixPlaces = [3]string{"i-1 suffix ", "i suffix ", "i+1 suffix "}
)

// file files feature feat, whose weights are r, under the word or tag it names. A
// two-part feature ("i-1 tag+i word t w") is split at the first space after its
// name: a tag has no space, so the split is the one predict's key was joined at.
func (p *perceptronBuilder) file(feat string, r run) {
	if feat == "bias" {
		p.bias = r
		return
	}
	if c, ok := strings.CutPrefix(feat, "i pref1 "); ok {
		// predict asks for string(rune(b)) of a word's first byte b.
		if b, n := utf8.DecodeRuneInString(c); n == len(c) && b < rune(len(p.pref1)) && string(b) == c {
			p.pref1[b] = r
		}
		return
	}
	for k, pre := range wordPlaces {
		if w, ok := strings.CutPrefix(feat, pre); ok {
			p.wordOf(w).word[k] = r
			return
		}
	}
	for k, pre := range suffixPlaces {
		if s, ok := strings.CutPrefix(feat, pre); ok {
			p.wordOf(s).suffix[k] = r
			return
		}
	}
	if rest, ok := strings.CutPrefix(feat, "i-1 tag+i word "); ok {
		if t, w, ok := strings.Cut(rest, " "); ok {
			wf := p.wordOf(w)
			wf.afterTag = append(wf.afterTag, tagRun{p.tagNumber(t), r})
		}
	} else if rest, ok := strings.CutPrefix(feat, "i tag+i-2 tag "); ok {
		if t, u, ok := strings.Cut(rest, " "); ok {
			p.pairs[[2]int32{p.tagNumber(t), p.tagNumber(u)}] = r
		}
	} else if t, ok := strings.CutPrefix(feat, "i-1 tag "); ok {
		p.byTag[p.tagNumber(t)].prev = r
	} else if t, ok := strings.CutPrefix(feat, "i-2 tag "); ok {
		p.byTag[p.tagNumber(t)].prev2 = r
	}
}

func (p *perceptronBuilder) wordOf(w string) *wordFeatures { return entryOf(p.byWord, w) }

// entryOf returns m's entry for k, made and filed on first asking.
func entryOf[T any](m map[string]*T, k string) *T {
	e := m[k]
	if e == nil {
		e = new(T)
		m[k] = e
	}
	return e
}

// plainWord reports a token none of prose's special cases but "-" applies to: no
// emoticon, link, e-mail address or placeholder tag. It is one ASCII byte other than
// * @ 0; or letters, apostrophes and inner hyphens, opening with a letter or an
// apostrophe, no full stop and no three bytes or fewer with a D ("xD" is an emoticon);
// or two digits or more. prose tags such a token from its dictionary or its features
// alone, as tag does.
func plainWord(w string) bool {
	switch {
	case len(w) == 1:
		return w[0] < utf8.RuneSelf && strings.IndexByte("*@0", w[0]) < 0
	case w == "" || len(w) <= 3 && strings.IndexByte(w, 'D') >= 0:
		return false
	case w[0] >= '0' && w[0] <= '9':
		return strings.Trim(w, "0123456789") == ""
	}
	for i, r := range w {
		letter := r != utf8.RuneError && unicode.IsLetter(r)
		if !letter && r != '\'' && (r != '-' || i == 0) {
			return false
		}
	}
	return true
}

// numberClass is what prose's normalize gives a hyphenated word, a year or digits
// (the word a context position holds), "" for another word, which normalize
// lower-cases.
func numberClass(word string) string {
	if word == "" {
		return ""
	}
	first := string(rune(word[0]))
	if strings.Contains(word, "-") && first != "-" {
		return "!HYPHEN"
	} else if len(word) == 4 && atoiOK(word) {
		return "!YEAR"
	} else if word[0] >= '0' && word[0] <= '9' {
		return "!DIGITS" // strconv.Atoi(first) reads one digit
	}
	return ""
}

// atoiOK reports whether strconv.Atoi(s) succeeds, calling it (and so building its
// error) only when s is a sign and digits.
func atoiOK(s string) bool {
	d := strings.TrimLeft(s, "+-")
	if len(s)-len(d) > 1 || d == "" || strings.Trim(d, "0123456789") != "" {
		return false
	}
	_, err := strconv.Atoi(s)
	return err == nil
}

// tagScratch is one tagging's working memory: the window's context words, what
// the model files under each and under its suffix, and the classes' scores.
type tagScratch struct {
	lower  []byte       // a context word
	ctx    []ctxWord    // the context words, the window's two markers each side included
	scores []classScore // by class
}

// classScore is a class's score, and whether a feature has weighed it.
type classScore struct {
	score float64
	seen  bool
}

// ctxWord is what the model files under a context word c and under its suffix.
type ctxWord struct {
	word, suffix *wordEntry // words.find(c), words.find(suffix(c)), nil for none
	// sameWord tells a word that is its own context word, whose entry gives its
	// dictionary tag too; sameSuffix a word whose own suffix is its context word's,
	// which predict then need not look up again.
	sameWord, sameSuffix bool
}

// addMarker adds the context word markers[k] stands for.
func (sc *tagScratch) addMarker(p *perceptron, k int) {
	sc.ctx = append(sc.ctx, ctxWord{word: p.markers[k][0], suffix: p.markers[k][1]})
}

// appendNormalized appends prose's normalize(word) to buf.
func appendNormalized(buf []byte, word string) []byte {
	if c := numberClass(word); c != "" {
		return append(buf, c...)
	}
	return norm.AppendLower(buf, word)
}

var tagScratchPool = sync.Pool{New: func() any { return new(tagScratch) }}

// suffix is the last three bytes of w, or w when shorter, as prose's features take it.
func suffix(w string) string { return w[len(w)-min(len(w), 3):] }

// dict returns the tag the model's dictionary gives word i, w, if any.
func (p *perceptron) dict(sc *tagScratch, i int, w string) (int32, bool) {
	e := sc.ctx[i+2].word
	if !sc.ctx[i+2].sameWord {
		e = p.words.find(w)
	}
	if e == nil || e.dict == 0 {
		return 0, false
	}
	return e.dict - 1, true
}

// tag returns the tags of words, all plain, as prose's perceptronTagger.tag gives
// them.
func (p *perceptron) tag(words []string) []string {
	tags := make([]string, len(words))
	p.tagEach(words, func(i int, t string) bool { tags[i] = t; return true })
	return tags
}

// properRun reports whether tag reads words [s, e) as proper nouns, tagging no word
// after the first of them that it does not.
func (p *perceptron) properRun(words []string, s, e int) bool {
	proper := true
	p.tagEach(words, func(i int, t string) bool {
		if i >= s && !strings.HasPrefix(t, "NNP") {
			proper = false
		}
		return proper && i+1 < e
	})
	return proper
}

// tagEach tags words in order, giving each word's tag to each until it returns false.
func (p *perceptron) tagEach(words []string, each func(i int, tag string) bool) {
	sc := tagScratchPool.Get().(*tagScratch)
	defer tagScratchPool.Put(sc)
	sc.ctx = sc.ctx[:0]
	sc.addMarker(p, 0)
	sc.addMarker(p, 1)
	for _, w := range words {
		// The context word is prose's normalize(w), built in reused bytes, where
		// strings.ToLower allocated.
		sc.lower = appendNormalized(sc.lower[:0], w)
		sfx := sc.lower[len(sc.lower)-min(len(sc.lower), 3):]
		sc.ctx = append(sc.ctx, ctxWord{word: p.words.findBytes(sc.lower), suffix: p.words.findBytes(sfx),
			sameWord: string(sc.lower) == w, sameSuffix: string(sfx) == suffix(w)})
	}
	sc.addMarker(p, 2)
	sc.addMarker(p, 3)
	p1, p2 := p.start, p.start2
	for i, w := range words {
		t, ok := p.dict(sc, i, w)
		if w == "-" {
			t = p.dash // prose's one special case a plain word can meet
		} else if !ok {
			t = p.predict(sc, i, w, p1, p2)
		}
		if !each(i, p.tags[t]) {
			return
		}
		p2, p1 = p1, t
	}
}

// predict scores the classes on word i's features, as prose's featurize and predict
// do, and returns the best's number; p.none's ("") when no feature has weights. p1 and
// p2 are the numbers of the tags of the two words before. The features are added
// in prose's featurize order, so that each class's score is the same sum, added in
// the same order, as when they were looked up by their strings.
func (p *perceptron) predict(sc *tagScratch, i int, w string, p1, p2 int32) int32 {
	if cap(sc.scores) < len(p.classes) {
		sc.scores = make([]classScore, len(p.classes))
	}
	sc.scores = sc.scores[:len(p.classes)]
	clear(sc.scores)
	add := func(r run) {
		cs := p.classOf[r.start:r.end]
		for k, w := range p.weights[r.start:r.end] {
			sc.scores[cs[k]].score += w
			sc.scores[cs[k]].seen = true
		}
	}
	c := i + 2
	ctx := sc.ctx
	add(p.bias)
	wf := ctx[c].suffix // the normalized word's suffix, most often w's own
	if !ctx[c].sameSuffix {
		wf = p.words.find(suffix(w))
	}
	if wf != nil {
		add(wf.suffix[1])
	}
	add(p.pref1[w[0]]) // (prose converts the byte, not the rune)
	add(p.byTag[p1].prev)
	add(p.byTag[p2].prev2)
	add(p.pair[int(p1)*len(p.tags)+int(p2)])
	if e := ctx[c].word; e != nil {
		add(e.word[2])
		add(e.after(p1))
	}
	p.addWord(add, ctx[c-1].word, 1)
	if sf := ctx[c-1].suffix; sf != nil {
		add(sf.suffix[0])
	}
	p.addWord(add, ctx[c-2].word, 0)
	p.addWord(add, ctx[c+1].word, 3)
	if sf := ctx[c+1].suffix; sf != nil {
		add(sf.suffix[2])
	}
	p.addWord(add, ctx[c+2].word, 4)
	best, max := p.none, math.Inf(-1)
	for k, s := range sc.scores {
		if s.seen && s.score > max {
			best, max = int32(k), s.score
		}
	}
	return best
}

// addWord adds the feature wf files for its word at place k, if any.
func (p *perceptron) addWord(add func(run), wf *wordEntry, k int) {
	if wf != nil {
		add(wf.word[k])
	}
}
