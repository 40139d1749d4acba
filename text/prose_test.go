package text_test

import (
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
	"github.com/verdictnlp/verdict/text"
)

// TestTokensAgreeWithProse measures how often our offset-keeping tokenizer splits a
// sentence exactly as prose's tokenizer does. They differ by design only where we keep
// an ellipsis, a hyphenated word or a number with separators whole; the floor guards
// against drift.
func TestTokensAgreeWithProse(t *testing.T) {
	same, total := 0, 0
	var firstDiff string
	for _, c := range loadCorpus(t) {
		d := text.Parse(c.Text)
		for _, s := range d.Sentences() {
			var ours []string
			for _, tok := range d.Tokens()[s.First:s.Last] {
				ours = append(ours, d.Slice(tok.Range()))
			}
			pd, err := prose.NewDocument(d.Slice(s.Range), prose.WithTagging(false), prose.WithSegmentation(false), prose.WithExtraction(false))
			if err != nil {
				t.Fatal(err)
			}
			var theirs []string
			for _, tok := range pd.Tokens() {
				theirs = append(theirs, tok.Text)
			}
			total++
			if strings.Join(ours, "\x00") == strings.Join(theirs, "\x00") {
				same++
			} else if firstDiff == "" {
				firstDiff = strings.Join(ours, " | ") + "\n" + strings.Join(theirs, " | ")
			}
		}
	}
	ratio := float64(same) / float64(total)
	t.Logf("%d of %d sentences tokenized as prose does (%.3f)", same, total, ratio)
	if ratio < 0.90 {
		t.Errorf("only %.3f of sentences agree with prose; first difference (ours, then prose's):\n%s", ratio, firstDiff)
	}
}
