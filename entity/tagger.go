package entity

import (
	"strings"
	"sync"

	"github.com/jdkato/prose/v2"
)

// The part-of-speech tagger of prose confirms a name the rules could not place: a
// capitalised run beside a role whose first word is not a known given name ("chief
// executive Ottilie Marsh") when UseTagger turns it on. It runs only on such
// sentences, and its model (the tagger alone, no named-entity classifier) is built
// once, on first need.
var (
	taggerOnce  sync.Once
	taggerModel *prose.Model
)

// UseTagger turns the tagger's confirmation on or off (off by default: on the real
// development texts it changed no answer and its model costs 0.4 s to load); off, every
// such run is taken on the rules alone. It must not be called while People runs.
func UseTagger(on bool) { taggerOff = !on }

var taggerOff = true

func tagger() *prose.Model {
	taggerOnce.Do(func() {
		// A document built with tagging but no extraction loads the tagger only; its
		// model is kept and passed to every later document.
		d, err := prose.NewDocument("", prose.WithSegmentation(false), prose.WithExtraction(false))
		if err == nil {
			taggerModel = d.Model
		}
	})
	return taggerModel
}

// properNouns reports whether the tagger reads every word of name, where it stands in
// sentence, as a proper noun. A name it cannot find among its tokens is not confirmed.
func properNouns(sentence string, name []string) bool {
	if taggerOff {
		return true
	}
	m := tagger()
	if m == nil {
		return true
	}
	d, err := prose.NewDocument(sentence, prose.UsingModel(m), prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return true
	}
	toks := d.Tokens()
	for s := 0; s+len(name) <= len(toks); s++ {
		if toks[s].Text != name[0] {
			continue
		}
		ok := true
		for k, w := range name {
			t := toks[s+k]
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
