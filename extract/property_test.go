package extract_test

import (
	"bytes"
	"reflect"
	"strconv"
	"sync"
	"testing"

	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/text"
)

func loadCorpus(t testing.TB) []corpus.Case {
	t.Helper()
	cases, err := corpus.LoadAll()
	if err != nil {
		t.Fatal(err)
	}
	return cases
}

func extractorFor(t testing.TB, c corpus.Case) *extract.Extractor {
	t.Helper()
	var opts []extract.Option
	if ref, ok := c.Gold.Reference(); ok {
		opts = append(opts, extract.WithReferenceDate(ref))
	}
	ex, err := extract.New(opts...)
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

// spanned is every value in a Report that has a Span, with its Text when it has one.
type spanned struct {
	path    string
	span    text.Span
	text    string
	hasText bool
}

// collectSpans walks v and returns every struct with a Span field, and every bare Span,
// with the path that leads to it.
func collectSpans(v reflect.Value, path string, out []spanned) []spanned {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			out = collectSpans(v.Elem(), path, out)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			out = collectSpans(v.Index(i), path+"["+itoa(i)+"]", out)
		}
	case reflect.Struct:
		if sp, ok := v.Interface().(text.Span); ok {
			return append(out, spanned{path: path, span: sp})
		}
		if f := v.FieldByName("Span"); f.IsValid() {
			s := spanned{path: path, span: f.Interface().(text.Span)}
			if tf := v.FieldByName("Text"); tf.IsValid() && tf.Kind() == reflect.String {
				s.text, s.hasText = tf.String(), true
			}
			out = append(out, s)
		}
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).Name != "Span" {
				out = collectSpans(v.Field(i), path+"."+v.Type().Field(i).Name, out)
			}
		}
	}
	return out
}

func itoa(i int) string { return strconv.Itoa(i) }

// TestSpansExact is the offset property over the whole corpus: every span lies in the
// input and slices it to exactly the text it claims; every list is in input order; the
// output is the same on every run.
func TestSpansExact(t *testing.T) {
	for _, c := range loadCorpus(t) {
		t.Run(c.Name, func(t *testing.T) {
			ex := extractorFor(t, c)
			rep, err := ex.Extract(c.Text)
			if err != nil {
				t.Fatal(err)
			}
			checkReport(t, c.Text, rep)
			again, _ := ex.Extract(c.Text)
			a, _ := extract.MarshalIndent(rep)
			b, _ := extract.MarshalIndent(again)
			if !bytes.Equal(a, b) {
				t.Errorf("two runs over %s differ", c.Name)
			}
		})
	}
}

func checkReport(t *testing.T, input string, rep *extract.Report) {
	t.Helper()
	for _, s := range collectSpans(reflect.ValueOf(rep), "report", nil) {
		if !s.span.Valid(len(input)) {
			t.Errorf("%s: span %v outside the input of %d bytes", s.path, s.span, len(input))
			continue
		}
		if s.hasText && input[s.span.Start:s.span.End] != s.text {
			t.Errorf("%s: input%v = %q; text is %q", s.path, s.span, input[s.span.Start:s.span.End], s.text)
		}
	}
	ordered := func(name string, spans []text.Span) {
		for i := 1; i < len(spans); i++ {
			if spans[i].Start < spans[i-1].Start {
				t.Errorf("%s[%d] at %v comes before %s[%d] at %v", name, i, spans[i], name, i-1, spans[i-1])
			}
		}
	}
	var js, ds, qs, fs []text.Span
	for i, j := range rep.Judgements {
		js = append(js, j.Span)
		if j.AreaSpan != nil && (!j.AreaSpan.Valid(len(input)) || input[j.AreaSpan.Start:j.AreaSpan.End] != j.AreaText) {
			t.Errorf("judgements[%d]: area span %v does not slice the input to %q", i, *j.AreaSpan, j.AreaText)
		}
	}
	for _, d := range rep.Dates {
		ds = append(ds, d.Span)
	}
	for _, q := range rep.Quotes {
		qs = append(qs, q.Span)
	}
	for _, f := range rep.Findings {
		fs = append(fs, f.Span)
	}
	ordered("judgements", js)
	ordered("dates", ds)
	ordered("quotes", qs)
	ordered("findings", fs)
	ordered("boilerplate", rep.Boilerplate)
	for i, o := range rep.Officials {
		var ms []text.Span
		for _, m := range o.Mentions {
			ms = append(ms, m.Span)
		}
		ordered("officials["+itoa(i)+"].mentions", ms)
		if i > 0 && len(o.Mentions) > 0 && len(rep.Officials[i-1].Mentions) > 0 &&
			o.Mentions[0].Span.Start < rep.Officials[i-1].Mentions[0].Span.Start {
			t.Errorf("officials are not in order of first mention at %d", i)
		}
	}
}

// TestConcurrentMatchesSequential shares one Extractor between 16 goroutines over the
// corpus; every output must equal the sequential one byte for byte. Run with -race.
func TestConcurrentMatchesSequential(t *testing.T) {
	cases := loadCorpus(t)
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	want := make([][]byte, len(cases))
	for i, c := range cases {
		rep, err := ex.Extract(c.Text)
		if err != nil {
			t.Fatal(err)
		}
		want[i], _ = extract.MarshalIndent(rep)
	}
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Go(func() {
			for k := range cases {
				i := (k + g) % len(cases)
				rep, err := ex.Extract(cases[i].Text)
				if err != nil {
					t.Error(err)
					return
				}
				if got, _ := extract.MarshalIndent(rep); !bytes.Equal(got, want[i]) {
					t.Errorf("goroutine %d: %s differs from the sequential output", g, cases[i].Name)
				}
			}
		})
	}
	wg.Wait()
}
