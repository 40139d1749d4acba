package extract

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/verdictnlp/verdict/text"
)

// runFindings runs the judgements and findings steps over in, as a findings-only
// run does without the quotes.
func runFindings(in string) []Finding {
	doc := text.Parse(in)
	cfg := &defaultExtractor.cfg
	s := &state{annotations: annotate(doc, cfg, false), cfg: cfg, report: newReport(doc)}
	s.judgements()
	s.findings()
	return s.report.Findings
}

// A lead sentence with a grade gives each text an inspection to report.
const lead = "Ofsted has rated Oakhurst Council's children's services inadequate.\n\n"

// TestFindingSpans checks that every finding's text is the input's bytes at its span,
// in input order, also where the analysis text differs from the input (entities, curly
// marks, a hard-wrapped line).
func TestFindingSpans(t *testing.T) {
	in := lead + "Inspectors found that plans were &quot;not good enough&quot; and\nvisits were not always timely.\r\n\r\nThe report said staff were \u2018kind\u2019 and well supported."
	fs := runFindings(in)
	if len(fs) == 0 {
		t.Fatalf("findings(%q) = none; want some", in)
	}
	for i, f := range fs {
		if in[f.Span.Start:f.Span.End] != f.Text {
			t.Errorf("findings(%q)[%d]: text %q is not the input at %v", in, i, f.Text, f.Span)
		}
		if i > 0 && f.Span.Start < fs[i-1].Span.Start {
			t.Errorf("findings(%q): finding %d comes before finding %d", in, i, i-1)
		}
	}
}

// TestThemesSchema checks that schema.json lists the same themes as the findings word
// list, in the same order.
func TestThemesSchema(t *testing.T) {
	var schema struct {
		Properties struct {
			Findings struct {
				Items struct {
					Properties struct {
						Theme struct {
							Enum []string `json:"enum"`
						} `json:"theme"`
					} `json:"properties"`
				} `json:"items"`
			} `json:"findings"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(Schema, &schema); err != nil {
		t.Fatal(err)
	}
	if got, want := schema.Properties.Findings.Items.Properties.Theme.Enum, Themes(); !slices.Equal(got, want) {
		t.Errorf("schema.json themes = %q; want %q", got, want)
	}
}
