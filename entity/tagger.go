package entity

import (
	"slices"
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
	"github.com/verdictnlp/verdict/text"
)

// Tagger is prose's part-of-speech tagger (the averaged perceptron alone, no
// named-entity classifier), which the officials reader asks about a capitalised run it
// cannot place on its lists: a name whose given name no list knows. It tags only a
// window of a few words around the run, never a whole text: prose's tokenizer splits
// it, and prose's model, read into perceptronModel, tags it as prose would (prose
// itself tags a window with a token it treats specially). Each model is built once
// per process, on the first run that needs it (about 0.3 s), and shared: a text with
// no such run costs nothing. A Tagger is safe for concurrent use.
type Tagger struct{}

var taggerModel = sync.OnceValue(func() *prose.Model {
	// A document built with tagging but no extraction loads the tagger's model only.
	d, err := prose.NewDocument("", prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return nil
	}
	return d.Model
})

// NewTagger returns a Tagger; its model loads when a text first needs it.
func NewTagger() *Tagger { return &Tagger{} }

// Options configure how People reads a text.
type Options struct {
	// Tagger, when set, decides the names whose given name no list knows: a run is a
	// name only if the tagger reads every word of it as a proper noun. Nil leaves the
	// rules alone to decide, and the shapes that need the tagger are not read.
	Tagger *Tagger
}

// UseTagger makes People use the shared Tagger (on) or none (off, the default).
//
// Deprecated: pass Options{Tagger: t} to PeopleWith, or extract.WithTagger, instead
// of this process-wide switch; it must not be called while People runs.
func UseTagger(on bool) {
	legacyTagger = nil
	if on {
		legacyTagger = NewTagger()
	}
}

var legacyTagger *Tagger

// tagContext is the number of words each side of a run the tagger is shown: its
// features look two words back and two ahead.
const tagContext = 2

// properNouns reports whether the tagger reads every word of tokens [a, b) of the
// sentence whose tokens start at first as a proper noun, tagging only the run and
// tagContext words each side. A run it tokenizes differently is not confirmed.
func (t *Tagger) properNouns(doc *text.Document, toks []text.Token, first, last, a, b int) bool {
	lo, hi := max(first, first+a-tagContext), min(last, first+b+tagContext)
	window := doc.Slice(text.Range{Start: int(toks[lo].Start), End: int(toks[hi-1].End)})
	var nb [8]string
	name := nb[:0]
	for k := first + a; k < first+b; k++ {
		name = append(name, doc.Slice(toks[k].Range()))
	}
	if proper, ok := fieldsProper(window, name); ok {
		return proper
	}
	if tagged, ok := plainTags(window); ok {
		return taggedProper(tagged, name)
	}
	m := taggerModel()
	if m == nil {
		return false
	}
	d, err := prose.NewDocument(window, prose.UsingModel(m), prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return false
	}
	return taggedProper(d.Tokens(), name)
}

// plainTags tokenizes window as prose does and, when every token is a plain word and
// no word is written twice, tags it with perceptronModel: prose's tags, at a fraction
// of prose's cost. It reports false for a window prose must tag itself. (prose's
// tokenizer shares one token between the repeats of a word, so the last repeat's tag
// is the one prose gives them all: such a window is left to prose.)
func plainTags(window string) ([]prose.Token, bool) {
	p := perceptronModel()
	if p == nil || repeatsWord(window) {
		return nil, false
	}
	d, err := prose.NewDocument(window, prose.WithTagging(false), prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return nil, false
	}
	toks := d.Tokens()
	words := make([]string, len(toks))
	for i, t := range toks {
		if !plainWord(t.Text) {
			return nil, false
		}
		words[i] = t.Text
	}
	for i, tag := range p.tag(words) {
		toks[i].Tag = tag
	}
	return toks, true
}

// tokenSplitters are the bytes prose's tokenizer parts a word at (its prefixes,
// suffixes and contractions): a word holding none of them is one token to it.
// proseOpeners and proseClosers are its prefixes and suffixes.
const (
	tokenSplitters = "$(\"[,)]!;.?:'"
	proseOpeners   = "$(\"["
	proseClosers   = ",)\"]!;.?:'"
)

// fieldsProper is plainTags then taggedProper for the common window that
// windowWords can part as prose's tokenizer does, without the tokenizer and its
// allocations. The words are tagged only up to the end of the name, stopping at its
// first word that is no proper noun (a word's tag depends on the words and the tags
// before it alone). It reports false for a window it cannot settle so.
func fieldsProper(window string, name []string) (proper, ok bool) {
	p := perceptronModel()
	if p == nil || repeatsWord(window) {
		return false, false
	}
	var wb [24]string
	words, ok := windowWords(wb[:0], window)
	if !ok {
		return false, false
	}
	for s := 0; s+len(name) <= len(words); s++ {
		if slices.Equal(words[s:s+len(name)], name) && p.properRun(words, s, s+len(name)) {
			return true, true
		}
	}
	return false, true
}

// windowWords appends prose's tokens of window, a window repeatsWord passed, when
// every one is a plainWord and each run of non-spaces is one prose's special cases
// cannot touch: a word with no tokenSplitters byte, a byte alone, or two letters or
// more between its openers and closers (see fieldTokens). It reports false otherwise.
func windowWords(words []string, window string) ([]string, bool) {
	for w := range strings.FieldsSeq(window) {
		n := len(words)
		var ok bool
		if words, ok = fieldTokens(words, w); !ok {
			return words, false
		}
		for _, t := range words[n:] {
			if !plainWord(t) {
				return words, false
			}
		}
	}
	return words, true
}

// fieldTokens appends the tokens prose's tokenizer parts w, a run of non-spaces, into,
// or reports false for a run it leaves to prose. A run of ASCII letters between
// openers and closers is parted into each opener, the letters and each closer: two
// letters or more are no emoticon, and no emoticon or abbreviation prose keeps whole
// ("Mr.") can form as it peels them off, but for a capital and one or two small
// letters before a full stop, which is left to prose. (It follows prose's
// tokenize.go for these runs: its notice is in THIRD_PARTY_NOTICES.md.)
func fieldTokens(words []string, w string) ([]string, bool) {
	if len(w) == 1 || !strings.ContainsAny(w, tokenSplitters) {
		return append(words, w), true
	}
	i := 0
	for i < len(w) && strings.IndexByte(proseOpeners, w[i]) >= 0 {
		i++
	}
	j := i
	for j < len(w) && ('a' <= w[j]|0x20 && w[j]|0x20 <= 'z') {
		j++
	}
	core, rest := w[i:j], w[j:]
	if len(core) < 2 || strings.Trim(rest, proseClosers) != "" {
		return words, false
	}
	if rest != "" && rest[0] == '.' && len(core) <= 3 && core[0] <= 'Z' && strings.Trim(core[1:], "abcdefghijklmnopqrstuvwxyz") == "" {
		return words, false // prose's "Mr." shape
	}
	for k := range i {
		words = append(words, w[k:k+1])
	}
	words = append(words, core)
	for k := j; k < len(w); k++ {
		words = append(words, w[k:k+1])
	}
	return words, true
}

// taggedProper reports whether name stands in tagged as a run of proper nouns.
func taggedProper(tagged []prose.Token, name []string) bool {
	for s := 0; s+len(name) <= len(tagged); s++ {
		ok := true
		for k, w := range name {
			t := tagged[s+k]
			if t.Text != w || !strings.HasPrefix(t.Tag, "NNP") {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// repeatsWord reports a window with a word (a run of non-spaces) written twice, or
// with a curly quote or "&rsquo;", which prose's tokenizer rewrites first (so two
// words written apart may be one word to it).
func repeatsWord(window string) bool {
	if strings.ContainsAny(window, "\u201c\u201d\u2018\u2019") || strings.Contains(window, "&rsquo;") {
		return true
	}
	var seen [8]string
	n := 0
	for w := range strings.FieldsSeq(window) {
		if n == len(seen) || slices.Contains(seen[:n], w) {
			return true // (a window longer than any the tagger is shown counts as repeating)
		}
		seen[n] = w
		n++
	}
	return false
}
