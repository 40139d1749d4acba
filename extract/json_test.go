package extract_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/quote"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// reflectJSON is the Report's JSON as encoding/json writes it, the form AppendJSON must
// give byte for byte.
func reflectJSON(t testing.TB, v any, indent string) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

func corpusReports(t testing.TB) []*extract.Report {
	t.Helper()
	cases, err := corpus.LoadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []*extract.Report
	for _, c := range cases {
		rep, err := extract.Extract(c.Text)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		out = append(out, rep)
	}
	return out
}

// oddReport sets every field, the optional ones included, with strings that need
// escaping: quotes, backslashes, control characters, invalid UTF-8, U+2028, and the
// HTML characters encoding/json is told not to escape.
func oddReport() *extract.Report {
	y, end := 2019, "2024-03-15"
	sp := text.Span{Start: 3, End: 9}
	odd := "a \"quoted\" \\ path\n\t<b>&amp;</b> \x01\x1f\x7f \xff caf\u00e9 \u2028\u2029 \U0001F600"
	return &extract.Report{
		Inspectorate: &extract.InspectorateMention{Name: rating.OfstedBody, Span: sp},
		Subject:      &entity.Subject{Name: odd, Service: "children's services", Span: sp},
		Judgements: []rating.Judgement{
			{Area: "overall", Time: rating.Previous, Year: &y, Subject: odd, Change: rating.Improved, Text: odd, Span: sp, AreaText: odd, AreaSpan: &sp},
			{Area: "overall", Text: "", Span: sp},
		},
		Dates:       []extract.Date{{Role: extract.InspectionDate, Value: "2024-03-04", End: &end, Precision: extract.Day, Text: odd, Span: sp}, {Value: "2024"}},
		Officials:   []entity.Official{{Name: odd, Role: "leader", Mentions: []entity.Mention{{Text: odd, Span: sp}}}, {Name: "x"}},
		Quotes:      []quote.Quote{{Text: odd, Speaker: odd, SpeakerKind: quote.Report, Paragraphs: 2, Span: sp}},
		Findings:    []extract.Finding{{Polarity: extract.Positive, Theme: "safety", Text: odd, Span: sp}},
		Boilerplate: []text.Span{sp, {}},
	}
}

// TestAppendJSONAsEncodingJSON wants the direct encoder's bytes to be encoding/json's,
// compact and indented, for every corpus report, a report with every field set and
// odd strings, and an empty one.
func TestAppendJSONAsEncodingJSON(t *testing.T) {
	reps := append(corpusReports(t), oddReport(), &extract.Report{})
	for i, rep := range reps {
		for _, indent := range []string{"", "  ", "\t"} {
			want := reflectJSON(t, rep, indent)
			if got := extract.AppendJSON(nil, rep, indent, nil, nil); !bytes.Equal(got, want) {
				t.Errorf("report %d, indent %q:\n got %s\nwant %s", i, indent, got, want)
			}
		}
	}
}

// TestAppendJSONMembers wants the caller's members first and last, as encoding/json
// writes an embedded Report between other fields.
func TestAppendJSONMembers(t *testing.T) {
	type record struct {
		Source string `json:"source"`
		*extract.Report
		Text string `json:"text"`
	}
	rep := oddReport()
	for _, indent := range []string{"", "  "} {
		want := reflectJSON(t, record{Source: "a/b.txt", Report: rep, Text: "x\ny"}, indent)
		got := extract.AppendJSON(nil, rep, indent,
			[]extract.JSONMember{{Key: "source", Value: []byte(`"a/b.txt"`)}},
			[]extract.JSONMember{{Key: "text", Value: []byte(`"x\ny"`)}})
		if !bytes.Equal(got, want) {
			t.Errorf("indent %q:\n got %s\nwant %s", indent, got, want)
		}
	}
}

// BenchmarkJSON compares the direct encoder with encoding/json on the corpus reports,
// indented as the json format prints them and on one line as jsonl does, in the same
// run. Each report gets a new buffer, as each output record does.
func BenchmarkJSON(b *testing.B) {
	reps := corpusReports(b)
	for _, indent := range []string{"  ", ""} {
		name := "indented"
		if indent == "" {
			name = "compact"
		}
		b.Run(name+"/direct", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, r := range reps {
					_ = extract.AppendJSON(nil, r, indent, nil, nil)
				}
			}
		})
		b.Run(name+"/encoding_json", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, r := range reps {
					var buf bytes.Buffer
					enc := json.NewEncoder(&buf)
					enc.SetEscapeHTML(false)
					enc.SetIndent("", indent)
					if err := enc.Encode(r); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
