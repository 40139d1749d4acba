package text_test

import (
	"strings"
	"testing"

	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/internal/norm"
	"github.com/verdictnlp/verdict/text"
)

// FuzzParse checks that Parse accepts anything, that paragraphs, sentences and tokens
// are ordered and inside the analysis text, that every range maps inside the input,
// that a token's input folds to the token (line joins aside), and that the tokens'
// words read lower-cased as the text lower-cased has them.
func FuzzParse(f *testing.F) {
	for _, t := range corpus.Texts() {
		f.Add(t)
	}
	f.Add("a-\nb \u201cq\u201d &amp; \xff\r\n\fPage 1 of 2")
	f.Fuzz(func(t *testing.T, in string) {
		d := text.Parse(in)
		n := len(d.Text())
		prev := 0
		for _, tok := range d.Tokens() {
			if int(tok.Start) < prev || int(tok.End) > n || tok.Start >= tok.End {
				t.Fatalf("token %v out of order or bounds (text %d bytes)", tok.Range(), n)
			}
			prev = int(tok.End)
			sp := d.Span(tok.Range())
			if !sp.Valid(len(in)) {
				t.Fatalf("token %v maps to %v outside %d bytes", tok.Range(), sp, len(in))
			}
			if orig := sp.Of(in); !strings.ContainsAny(orig, "\n\r\f\v\u2028\u2029\u0085") && norm.String(orig) != d.Slice(tok.Range()) {
				t.Fatalf("token %q maps to %q", d.Slice(tok.Range()), orig)
			}
		}
		for _, s := range d.Sentences() {
			if s.Start < 0 || s.End > n || s.Start > s.End {
				t.Fatalf("sentence %v out of bounds", s.Range)
			}
		}
		for _, b := range d.Boilerplate() {
			if !b.Valid(len(in)) {
				t.Fatalf("boilerplate %v out of bounds", b)
			}
		}
		checkLower(t, d)
	})
}
