package entity

import (
	"bytes"
	"encoding/gob"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// perceptron is prose's part-of-speech model (its averaged perceptron's tag
// dictionary and weights, read from the data prose ships) with prose's tagging step
// rewritten to reuse its buffers: prose builds two maps and a dozen strings for every
// word it tags, which made its tagger most of the cost of a short window. It tags only
// windows whose every token is plain (see plainWord), where prose's special cases
// (emoticons, links, e-mail addresses, its placeholder tags) cannot apply;
// TestPerceptronMatchesProse checks that it gives prose's tags on the corpus's
// windows. Other windows go to prose itself. (tag, predict and normalize follow
// prose's tag.go, MIT licence, copyright Joseph Kato: its notice is in
// THIRD_PARTY_NOTICES.md.)
type perceptron struct {
	classes []string          // the tags, in order
	tagMap  map[string]string // words the model tags without features
	weights map[string][]labelWeight
}

// labelWeight is a feature's weight for the class numbered class.
type labelWeight struct {
	class  int32
	weight float64
}

var perceptronModel = sync.OnceValue(func() *perceptron {
	var classes []string
	var tags map[string]string
	var weights map[string]map[string]float64
	for _, a := range []struct {
		name string
		into any
	}{{"classes", &classes}, {"tags", &tags}, {"weights", &weights}} {
		b, err := prose.Asset("model/AveragedPerceptron/" + a.name + ".gob")
		if err != nil || gob.NewDecoder(bytes.NewReader(b)).Decode(a.into) != nil {
			return nil
		}
	}
	return newPerceptron(classes, tags, weights)
})

// newPerceptron files prose's weights by feature, each a slice of one shared array,
// or returns nil if a weight is for a class the model does not list. The classes are
// numbered in order, so that of two with the same score the first is taken every
// time (prose takes either, by its map's order).
func newPerceptron(classes []string, tags map[string]string, weights map[string]map[string]float64) *perceptron {
	p := &perceptron{classes: slices.Sorted(slices.Values(classes)), tagMap: tags, weights: make(map[string][]labelWeight, len(weights))}
	index := make(map[string]int32, len(p.classes))
	for c, label := range p.classes {
		index[label] = int32(c)
	}
	total := 0
	for _, ws := range weights {
		total += len(ws)
	}
	all := make([]labelWeight, 0, total)
	for feat, ws := range weights {
		start := len(all)
		for label, w := range ws {
			c, ok := index[label]
			if !ok {
				return nil
			}
			all = append(all, labelWeight{c, w})
		}
		p.weights[feat] = all[start:len(all):len(all)]
	}
	return p
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

// normalize is prose's: the word a context position holds.
func normalize(word string) string {
	if word == "" {
		return word
	}
	first := string(rune(word[0]))
	if strings.Contains(word, "-") && first != "-" {
		return "!HYPHEN"
	} else if len(word) == 4 && atoiOK(word) {
		return "!YEAR"
	} else if word[0] >= '0' && word[0] <= '9' {
		return "!DIGITS" // strconv.Atoi(first) reads one digit
	}
	return strings.ToLower(word)
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

// tagScratch is one tagging's working memory: the window's context words, the
// feature key being built and the classes' scores.
type tagScratch struct {
	ctx    []string
	key    []byte
	scores []float64
	seen   []bool
}

var tagScratchPool = sync.Pool{New: func() any { return new(tagScratch) }}

// tag returns the tags of words, all plain, as prose's perceptronTagger.tag gives
// them.
func (p *perceptron) tag(words []string) []string {
	sc := tagScratchPool.Get().(*tagScratch)
	defer tagScratchPool.Put(sc)
	sc.ctx = append(sc.ctx[:0], "-START-", "-START2-")
	for _, w := range words {
		sc.ctx = append(sc.ctx, normalize(w))
	}
	sc.ctx = append(sc.ctx, "-END-", "-END2-")
	tags := make([]string, len(words))
	p1, p2 := "-START-", "-START2-"
	for i, w := range words {
		t, ok := p.tagMap[w]
		if w == "-" {
			t = "-" // prose's one special case a plain word can meet
		} else if !ok {
			t = p.predict(sc, i, w, p1, p2)
		}
		tags[i] = t
		p2, p1 = p1, t
	}
	return tags
}

// predict scores the classes on word i's features, as prose's featurize and predict
// do, and returns the best; "" when no feature has weights.
func (p *perceptron) predict(sc *tagScratch, i int, w, p1, p2 string) string {
	if cap(sc.scores) < len(p.classes) {
		sc.scores, sc.seen = make([]float64, len(p.classes)), make([]bool, len(p.classes))
	}
	sc.scores, sc.seen = sc.scores[:len(p.classes)], sc.seen[:len(p.classes)]
	clear(sc.scores)
	clear(sc.seen)
	ctx := sc.ctx
	c := i + 2
	add := func(parts ...string) {
		sc.key = sc.key[:0]
		for k, s := range parts {
			if k > 0 {
				sc.key = append(sc.key, ' ')
			}
			sc.key = append(sc.key, s...)
		}
		for _, lw := range p.weights[string(sc.key)] {
			sc.scores[lw.class] += lw.weight
			sc.seen[lw.class] = true
		}
	}
	add("bias")
	add("i suffix", w[len(w)-min(len(w), 3):])
	add("i pref1", string(rune(w[0]))) // (prose converts the byte, not the rune)
	add("i-1 tag", p1)
	add("i-2 tag", p2)
	add("i tag+i-2 tag", p1, p2)
	add("i word", ctx[c])
	add("i-1 tag+i word", p1, ctx[c])
	add("i-1 word", ctx[c-1])
	add("i-1 suffix", ctx[c-1][len(ctx[c-1])-min(len(ctx[c-1]), 3):])
	add("i-2 word", ctx[c-2])
	add("i+1 word", ctx[c+1])
	add("i+1 suffix", ctx[c+1][len(ctx[c+1])-min(len(ctx[c+1]), 3):])
	add("i+2 word", ctx[c+2])
	best, max := "", math.Inf(-1)
	for k, s := range sc.scores {
		if sc.seen[k] && s > max {
			best, max = p.classes[k], s
		}
	}
	return best
}
