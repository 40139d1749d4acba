package extract_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/rating"
)

// TestJSONRoundTrip decodes every corpus report from its own JSON and wants the report
// back: a Go client of the command, the server or stored output can use the library's
// types.
func TestJSONRoundTrip(t *testing.T) {
	cases, err := corpus.LoadAll()
	if err != nil {
		t.Fatal(err)
	}
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		rep, err := ex.Extract(c.Text)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		b, err := extract.MarshalIndent(rep) // the direct encoder's bytes, as the command prints them
		if err != nil {
			t.Fatalf("%s: marshal: %v", c.Name, err)
		}
		var back extract.Report
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: unmarshal: %v", c.Name, err)
		}
		if d := cmp.Diff(rep, &back, cmp.Comparer(func(a, b rating.Grade) bool { return a == b })); d != "" {
			t.Errorf("%s: report changed in a JSON round trip (-before +after):\n%s", c.Name, d)
		}
	}
}

// TestWithPartsAgrees wants each part asked for alone to come out exactly as the whole
// run gives it, on every corpus text, and the parts not asked for to be empty.
func TestWithPartsAgrees(t *testing.T) {
	cases, err := corpus.LoadAll()
	if err != nil {
		t.Fatal(err)
	}
	all, _ := extract.New()
	parts := []struct {
		name string
		part extract.Part
		of   func(*extract.Report) any
	}{
		{"judgements", extract.Judgements, func(r *extract.Report) any { return []any{r.Inspectorate, r.Subject, r.Judgements} }},
		{"dates", extract.Dates, func(r *extract.Report) any { return r.Dates }},
		{"officials", extract.Officials, func(r *extract.Report) any { return r.Officials }},
		{"quotes", extract.Quotes, func(r *extract.Report) any { return r.Quotes }},
		{"findings", extract.Findings, func(r *extract.Report) any { return r.Findings }},
	}
	grades := cmp.Comparer(func(a, b rating.Grade) bool { return a == b })
	for _, p := range parts {
		ex, err := extract.New(extract.WithParts(p.part))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			want, _ := all.Extract(c.Text)
			got, _ := ex.Extract(c.Text)
			if d := cmp.Diff(p.of(want), p.of(got), grades); d != "" {
				t.Errorf("%s alone on %s differs from the whole run (-all +alone):\n%s", p.name, c.Name, d)
			}
			for _, q := range parts {
				if q.part != p.part && !empty(q.of(got)) {
					t.Errorf("%s alone on %s also gives %s", p.name, c.Name, q.name)
				}
			}
		}
	}
}

func empty(v any) bool {
	b, _ := json.Marshal(v)
	switch string(b) {
	case "[]", "[null,null,[]]":
		return true
	}
	return false
}
