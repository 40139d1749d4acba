package extract_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// TestHTMLMatchesText reads each page in testdata/html, a news page wrapped around a
// corpus text with the furniture real pages carry (cookie banner, navigation, share
// buttons, related stories, footer, scripts), and wants the same report as the corpus
// text gives, apart from spans, which index different texts.
func TestHTMLMatchesText(t *testing.T) {
	pages, err := filepath.Glob("../testdata/html/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no HTML pages: %v", err)
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(page)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			got, err := extract.HTMLText(f)
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

func TestHTMLTextNoArticle(t *testing.T) {
	for _, in := range []string{"", "<html><body></body></html>", "<html><head><title>T</title><script>var x = 1;</script></head><body> </body></html>"} {
		if got, err := extract.HTMLText(strings.NewReader(in)); err == nil {
			t.Errorf("HTMLText(%q) = %q, want an error", in, got)
		}
	}
	// A page of furniture alone or bytes that are not HTML may give text or an error,
	// never a panic.
	for _, in := range []string{"<nav>Home</nav><footer>© 2024</footer>", "\x00\xff<<<", "<b><p>x</b>"} {
		extract.HTMLText(strings.NewReader(in))
	}
}

// TestHTMLTextDepth wants pages nested past MaxHTMLDepth refused, since the time to
// read them grows with the square of the depth, and a page that leaves its p, li and
// td elements open, as HTML allows, read however long it is.
func TestHTMLTextDepth(t *testing.T) {
	for name, in := range map[string]string{
		"div":   "<p>x" + strings.Repeat("<div>", extract.MaxHTMLDepth+1),
		"table": strings.Repeat("<table><tr><td>a", extract.MaxHTMLDepth+1),
		"span":  strings.Repeat("<span>a ", extract.MaxHTMLDepth+1),
	} {
		if _, err := extract.HTMLText(strings.NewReader(in)); !errors.Is(err, extract.ErrHTMLTooDeep) {
			t.Errorf("%s nested %d deep: error %v, want ErrHTMLTooDeep", name, extract.MaxHTMLDepth+1, err)
		}
	}
	open := "<html><body><article>" + strings.Repeat("<p>Ofsted rated the school good. ", 2000) +
		"<ul>" + strings.Repeat("<li>item ", 2000) + "</ul><table>" + strings.Repeat("<tr><td>cell", 2000) + "</table></article>"
	txt, err := extract.HTMLText(strings.NewReader(open))
	if err != nil || strings.Count(txt, "Ofsted rated the school good.") != 2000 {
		t.Errorf("page with unclosed p, li and td: error %v, %d paragraphs", err, strings.Count(txt, "Ofsted rated the school good."))
	}
}

// FuzzHTMLText wants HTMLText never to panic and the text it gives to make a report
// whose spans slice it.
func FuzzHTMLText(f *testing.F) {
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
		txt, err := extract.HTMLText(strings.NewReader(in))
		if err != nil {
			return
		}
		if len(txt) > 4*len(in)+64 {
			t.Errorf("%d bytes of HTML gave %d bytes of text", len(in), len(txt))
		}
		rep, err := ex.Extract(txt)
		if err != nil {
			t.Fatalf("Extract: %v", err)
		}
		checkReport(t, txt, rep)
	})
}
