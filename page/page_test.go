package page_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/page"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
	"golang.org/x/net/html"
)

var ctx = context.Background()

// TestHTMLMatchesText reads each page in testdata/html, a news page wrapped around a
// corpus text with the furniture real pages carry (cookie banner, navigation, share
// buttons, related stories, footer, scripts), and wants the same report as the corpus
// text gives, apart from spans, which index different texts.
func TestHTMLMatchesText(t *testing.T) {
	pages, err := filepath.Glob("../testdata/html/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no HTML pages: %v", err)
	}
	for _, file := range pages {
		name := strings.TrimSuffix(filepath.Base(file), ".html")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got, err := page.Text(ctx, raw, 0)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(got, "cookie") || strings.Contains(got, "<") {
				t.Errorf("page furniture or markup left in the text:\n%s", got)
			}
			plain, err := os.ReadFile(filepath.Join("../testdata/corpus", name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			fromHTML, err := extract.Extract(got)
			if err != nil {
				t.Fatal(err)
			}
			fromText, err := extract.Extract(string(plain))
			if err != nil {
				t.Fatal(err)
			}
			ignore := cmp.FilterPath(func(p cmp.Path) bool {
				t := p.Last().Type()
				return t == reflect.TypeOf(text.Span{}) || t == reflect.TypeOf(&text.Span{})
			}, cmp.Ignore())
			// HTML rendering collapses runs of white space, so a no-break space
			// before a paragraph break does not survive.
			collapse := cmp.Transformer("collapse", func(s string) string { return strings.Join(strings.Fields(s), " ") })
			for _, part := range []struct {
				name      string
				html, txt any
			}{
				{"inspectorate", fromHTML.Inspectorate, fromText.Inspectorate},
				{"subject", fromHTML.Subject, fromText.Subject},
				{"judgements", fromHTML.Judgements, fromText.Judgements},
				{"dates", fromHTML.Dates, fromText.Dates},
				{"officials", fromHTML.Officials, fromText.Officials},
				{"quotes", fromHTML.Quotes, fromText.Quotes},
				{"findings", fromHTML.Findings, fromText.Findings},
			} {
				if d := cmp.Diff(part.txt, part.html, ignore, cmpopts.EquateComparable(rating.Grade{}), collapse); d != "" {
					t.Errorf("%s from HTML differ from the text's (-text +html):\n%s", part.name, d)
				}
			}
		})
	}
}

func TestTextNoArticle(t *testing.T) {
	for _, in := range []string{"", "<html><body></body></html>", "<html><head><title>T</title><script>var x = 1;</script></head><body> </body></html>"} {
		if got, err := page.Text(ctx, []byte(in), 0); err == nil {
			t.Errorf("Text(%q) = %q, want an error", in, got)
		}
	}
	// A page of furniture alone or bytes that are not HTML may give text or an error,
	// never a panic.
	for _, in := range []string{"<nav>Home</nav><footer>© 2024</footer>", "\x00\xff<<<", "<b><p>x</b>"} {
		page.Text(ctx, []byte(in), 0)
	}
}

// TestTextDepth wants pages nested past MaxHTMLDepth refused, since the time to
// read them grows with the square of the depth, and a page that leaves its p, li and
// td elements open, as HTML allows, read however long it is.
func TestTextDepth(t *testing.T) {
	for name, in := range map[string]string{
		"div":   "<p>x" + strings.Repeat("<div>", page.MaxDepth+1),
		"table": strings.Repeat("<table><tr><td>a", page.MaxDepth+1),
		"span":  strings.Repeat("<span>a ", page.MaxDepth+1),
	} {
		if _, err := page.Text(ctx, []byte(in), 0); !errors.Is(err, page.ErrTooDeep) {
			t.Errorf("%s nested %d deep: error %v, want ErrHTMLTooDeep", name, page.MaxDepth+1, err)
		}
	}
	open := "<html><body><article>" + strings.Repeat("<p>Ofsted rated the school good. ", 2000) +
		"<ul>" + strings.Repeat("<li>item ", 2000) + "</ul><table>" + strings.Repeat("<tr><td>cell", 2000) + "</table></article>"
	txt, err := page.Text(ctx, []byte(open), 0)
	if err != nil || strings.Count(txt, "Ofsted rated the school good.") != 2000 {
		t.Errorf("page with unclosed p, li and td: error %v, %d paragraphs", err, strings.Count(txt, "Ofsted rated the school good."))
	}
}

// FuzzText wants Text never to panic and the text it gives to make a report
// whose spans slice it.
func FuzzText(f *testing.F) {
	pages, _ := filepath.Glob("../testdata/html/*.html")
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	f.Add("<p>Ofsted rated the school <b>good</b>.</p>")
	ex, _ := extract.New()
	f.Fuzz(func(t *testing.T, in string) {
		txt, err := page.Text(ctx, []byte(in), 0)
		if err != nil {
			return
		}
		if len(txt) > 4*len(in)+64 {
			t.Errorf("%d bytes of HTML gave %d bytes of text", len(in), len(txt))
		}
		rep, err := ex.Extract(txt)
		if errors.Is(err, extract.ErrBinary) {
			return // the page's text is mostly bad bytes: refused, as any such text is
		}
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		checkReport(t, txt, rep)
		m := page.NewMap([]byte(in), txt)
		for _, sp := range reportSpans(rep) {
			if hs, ok := m.Span(sp); ok {
				if got, want := pageText([]byte(in), hs), strings.Join(strings.Fields(txt[sp.Start:sp.End]), ""); got != want {
					t.Errorf("%q maps to page bytes [%d,%d) holding %q", want, hs.Start, hs.End, got)
				}
			}
		}
	})
}

// TestHTMLMap takes every span of the report of each page in testdata/html back to the
// page, and wants the page range to hold the same characters, once tags are dropped,
// character references decoded and white space ignored.
func TestHTMLMap(t *testing.T) {
	pages, _ := filepath.Glob("../testdata/html/*.html")
	for _, file := range pages {
		raw, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		article, err := page.Text(ctx, raw, 0)
		if err != nil {
			t.Fatal(err)
		}
		rep, err := extract.Extract(article)
		if err != nil {
			t.Fatal(err)
		}
		m := page.NewMap(raw, article)
		spans := reportSpans(rep)
		for _, s := range spans {
			hs, ok := m.Span(s)
			if !ok {
				t.Errorf("%s: %q not mapped to the page", filepath.Base(file), article[s.Start:s.End])
				continue
			}
			if got, want := pageText(raw, hs), strings.Join(strings.Fields(article[s.Start:s.End]), ""); got != want {
				t.Errorf("%s: %q maps to page bytes [%d,%d) holding %q", filepath.Base(file), want, hs.Start, hs.End, got)
			}
		}
		if len(spans) < 10 {
			t.Errorf("%s: only %d spans to map", filepath.Base(file), len(spans))
		}
	}
	m := page.NewMap([]byte("<p>Ofsted rated it good.</p>"), "Ofsted rated it good.\n\nNot in the page.")
	if s, ok := m.Span(text.Span{Start: 16, End: 20}); !ok || s != (text.Span{Start: 19, End: 23}) {
		t.Errorf("good: %v %v, want [19,23)", s, ok)
	}
	for _, s := range []text.Span{{Start: 23, End: 40}, {Start: 0, End: 40}, {Start: -1, End: 3}, {Start: 5, End: 99}, {Start: 6, End: 7}} {
		if got, ok := m.Span(s); ok {
			t.Errorf("span %v mapped to %v; want false", s, got)
		}
	}
}

// TestHTMLMapCorpus wraps every corpus text in a page, a p element a line with its
// characters escaped, and wants every span of the page's report that maps at all to hold the same characters in the page, and most to map.
func TestHTMLMapCorpus(t *testing.T) {
	spans, mapped, pages := 0, 0, 0
	texts := corpus.Texts()
	for _, in := range texts {
		var pb strings.Builder
		pb.WriteString("<html><head><title>Inspection</title></head><body><article>\n")
		for line := range strings.Lines(in) {
			if line = strings.TrimSpace(line); line != "" {
				pb.WriteString("<p>" + html.EscapeString(line) + "</p>\n")
			}
		}
		pb.WriteString("</article></body></html>\n")
		raw := []byte(pb.String())
		article, err := page.Text(ctx, raw, 0)
		if err != nil {
			continue // a text too short for readability to call an article
		}
		pages++
		rep, _ := extract.Extract(article)
		m := page.NewMap(raw, article)
		for _, s := range reportSpans(rep) {
			spans++
			hs, ok := m.Span(s)
			if !ok {
				continue
			}
			mapped++
			if got, want := pageText(raw, hs), strings.Join(strings.Fields(article[s.Start:s.End]), ""); got != want {
				t.Errorf("%q maps to page bytes [%d,%d) holding %q", want, hs.Start, hs.End, got)
			}
		}
	}
	t.Logf("%d of %d pages read, %d of %d spans mapped", pages, len(texts), mapped, spans)
	if pages*10 < len(texts)*9 || mapped*100 < spans*95 {
		t.Errorf("%d of %d pages read, %d of %d spans mapped; want 90%% and 95%%", pages, len(texts), mapped, spans)
	}
}

// reportSpans lists the spans of a report's judgements, dates, officials' mentions,
// quotes and findings.
func reportSpans(rep *extract.Report) []text.Span {
	var spans []text.Span
	for _, j := range rep.Judgements {
		spans = append(spans, j.Span)
	}
	for _, d := range rep.Dates {
		spans = append(spans, d.Span)
	}
	for _, o := range rep.Officials {
		for _, mn := range o.Mentions {
			spans = append(spans, mn.Span)
		}
	}
	for _, q := range rep.Quotes {
		spans = append(spans, q.Span)
	}
	for _, f := range rep.Findings {
		spans = append(spans, f.Span)
	}
	return spans
}

// pageText is the characters of the range r of a page, read as the whole page reads
// them: tags dropped, references decoded, white space removed. The range is read in
// the page's context, not cut out and parsed alone, since the same bytes read
// differently alone: "<ids" in a <title> is text, and at the start of a fragment a tag.
func pageText(pg []byte, r text.Span) string {
	var sb strings.Builder
	z := html.NewTokenizer(bytes.NewReader(pg))
	skip, off := 0, 0
	for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
		raw := z.Raw()
		if tt == html.StartTagToken || tt == html.EndTagToken {
			switch name, _ := z.TagName(); string(name) {
			case "script", "style", "noscript", "template", "textarea":
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			}
		}
		if from, to := max(off, r.Start), min(off+len(raw), r.End); tt == html.TextToken && skip == 0 && from < to {
			sb.WriteString(strings.Join(strings.Fields(html.UnescapeString(string(raw[from-off:to-off]))), ""))
		}
		off += len(raw)
	}
	return sb.String()
}

// BenchmarkHTML reads the shipped pages: taking the article text out of the HTML, and,
// as the baseline in the same run, extracting the report from that text.
func BenchmarkHTML(b *testing.B) {
	pages, _ := filepath.Glob("../testdata/html/*.html")
	var raw [][]byte
	var texts []string
	size := 0
	for _, p := range pages {
		b1, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		txt, err := page.Text(ctx, b1, 0)
		if err != nil {
			b.Fatal(err)
		}
		raw, texts, size = append(raw, b1), append(texts, txt), size+len(b1)
	}
	b.Run("Text", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, b1 := range raw {
				page.Text(ctx, b1, 0)
			}
		}
	})
	b.Run("NewMap", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for i, b1 := range raw {
				page.NewMap(b1, texts[i])
			}
		}
	})
	b.Run("Extract", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			for _, txt := range texts {
				extract.Extract(txt)
			}
		}
	})
}

// checkReport wants every span of rep, and its text where it carries one, to slice
// txt, the article text the report was made from.
func checkReport(t *testing.T, txt string, rep *extract.Report) {
	t.Helper()
	for _, s := range reportSpans(rep) {
		if !s.Valid(len(txt)) {
			t.Errorf("span %v outside the text of %d bytes", s, len(txt))
		}
	}
	for _, q := range rep.Quotes {
		if q.Span.Valid(len(txt)) && txt[q.Span.Start:q.Span.End] != q.Text {
			t.Errorf("quote %q: span %v holds %q", q.Text, q.Span, txt[q.Span.Start:q.Span.End])
		}
	}
	for _, f := range rep.Findings {
		if f.Span.Valid(len(txt)) && txt[f.Span.Start:f.Span.End] != f.Text {
			t.Errorf("finding %q: span %v holds %q", f.Text, f.Span, txt[f.Span.Start:f.Span.End])
		}
	}
}
