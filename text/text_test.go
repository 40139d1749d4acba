package text_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/verdictnlp/verdict/internal/corpus"
	"github.com/verdictnlp/verdict/internal/norm"
	"github.com/verdictnlp/verdict/text"
)

func loadCorpus(t *testing.T) []corpus.Case {
	t.Helper()
	cases, err := corpus.LoadAll()
	if err != nil {
		t.Fatal(err)
	}
	return cases
}

func sentences(d *text.Document) []string {
	var out []string
	for _, s := range d.Sentences() {
		out = append(out, d.Slice(s.Range))
	}
	return out
}

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string
	}{
		{"plain", "One is here. Two is there! Three?", []string{"One is here.", "Two is there!", "Three?"}},
		{"titles do not end sentences", "Coun. Bill Ash and Cllr. Jo Lee met Dr. Patel. Then they left.",
			[]string{"Coun. Bill Ash and Cllr. Jo Lee met Dr. Patel.", "Then they left."}},
		{"No. and St.", "It was No. 4 on St. Mark's Road. Next.", []string{"It was No. 4 on St. Mark's Road.", "Next."}},
		{"initials", "J. R. Smith spoke. Then A. Jones.", []string{"J. R. Smith spoke.", "Then A. Jones."}},
		{"decimals", "It rose by 3.5 per cent. It fell.", []string{"It rose by 3.5 per cent.", "It fell."}},
		{"ellipsis then lower case", "the help ... children receive. Done.", []string{"the help ... children receive.", "Done."}},
		{"ends inside a closing quote", "He said: \u201cWe will.\u201d The council agreed.",
			[]string{"He said: \"We will.\"", "The council agreed."}},
		{"comma inside a quote does not end", "\u201cIt is bad,\u201d it said. \u201cVery.\u201d",
			[]string{"\"It is bad,\" it said.", "\"Very.\""}},
		{"never crosses a paragraph", "No stop here\nNew paragraph.", []string{"No stop here", "New paragraph."}},
		{"numbered paragraph", "1. Children are safe. 2. Leaders know.", []string{"1. Children are safe.", "2. Leaders know."}},
		{"year at a sentence end", "It was rated good in 2019. Then it fell.", []string{"It was rated good in 2019.", "Then it fell."}},
		{"lower case after a stop", "rated good vs. the rest.", []string{"rated good vs. the rest."}},
		{"e.g.", "Some areas, e.g. Safe, were weak.", []string{"Some areas, e.g. Safe, were weak."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := sentences(text.Parse(tc.in))
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("sentences of %q (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

// TestOffsetsExact checks, over the corpus and awkward inputs, that every token's input
// text folds to exactly the token's analysis text (tokens that span a joined line
// break of wrapped text aside), and that paragraphs and sentences map inside the input.
func TestOffsetsExact(t *testing.T) {
	inputs := map[string]string{
		"entities":                    "Tameside&#8217;s &amp; &quot;inadequate&quot;&nbsp;rating &mdash; said Cllr&nbsp;Ash.",
		"zero width and soft hyphens": "In\u200bade\u00adquate \ufeffrating\u2026 \u201cgood\u201d",
		"invalid UTF-8":               "bad \xff byte \xe2\x80 end",
		"CRLF":                        "line one\r\nline two\r\n",
	}
	for _, c := range loadCorpus(t) {
		inputs[c.Name] = c.Text
	}
	for name, in := range inputs {
		d := text.Parse(in)
		for _, tok := range d.Tokens() {
			orig := d.Original(tok.Range())
			if strings.ContainsAny(orig, "\n\r\f") {
				continue
			}
			if got := norm.String(orig); got != d.Slice(tok.Range()) {
				t.Errorf("%s: token %q maps to input %q (folds to %q)", name, d.Slice(tok.Range()), orig, got)
			}
		}
		for _, s := range d.Sentences() {
			sp := d.Span(s.Range)
			if !sp.Valid(len(in)) || sp.Len() == 0 {
				t.Errorf("%s: sentence %q maps to %v", name, d.Slice(s.Range), sp)
			}
		}
	}
}

func TestSeedBoilerplate(t *testing.T) {
	for _, tc := range []struct {
		name      string
		dropped   []string // each must be inside a boilerplate span
		firstSent []string // the first sentence starts with one of these
	}{
		{"000_267091c07c1a288e",
			[]string{"On Air Now Jack Ward 6:00am - 7:00am", "Now Playing Hanson MMMBop", "More from Tameside Reporter", "Weather", "• Sat", "17°C", "• Sun", "23°C", "• Mon", "• Tue", "24°C"},
			[]string{"\u2018Serious failures\u2019", "Oftsed has rated"}},
		{"003_d8826d50e3a9b0a6",
			[]string{"Your browser is no longer supported", "For the best possible experience", "Your browser appears to have cookies disabled", "We'll assume we have your consent", "Learn more", "• Comment", "Have your say", "You must sign in to make a comment", "Please remember that the submission", "Links may be included"},
			[]string{"Met failures put children at risk"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var c corpus.Case
			for _, k := range loadCorpus(t) {
				if k.Name == tc.name {
					c = k
				}
			}
			d := text.Parse(c.Text)
			inside := func(off int) bool {
				for _, s := range d.Boilerplate() {
					if s.Start <= off && off < s.End {
						return true
					}
				}
				return false
			}
			for _, want := range tc.dropped {
				for off := 0; ; {
					i := strings.Index(c.Text[off:], want)
					if i < 0 {
						break
					}
					if !inside(off + i) {
						t.Errorf("%q at %d is not marked as boilerplate", want, off+i)
					}
					off += i + len(want)
				}
			}
			first := d.Original(d.Sentences()[0].Range)
			ok := false
			for _, p := range tc.firstSent {
				ok = ok || strings.HasPrefix(first, p)
			}
			if !ok {
				t.Errorf("first sentence is %.60q; want it to start with one of %q", first, tc.firstSent)
			}
		})
	}
}

// TestNoArticleTextDropped checks that no quote or finding the gold names lies in a line
// dropped as boilerplate.
func TestNoArticleTextDropped(t *testing.T) {
	for _, c := range loadCorpus(t) {
		if c.Gold == nil {
			continue
		}
		d := text.Parse(c.Text)
		var keys []string
		for _, f := range c.Gold.Findings {
			keys = append(keys, f.Key)
		}
		for _, q := range c.Gold.Quotes {
			keys = append(keys, q.Start)
		}
		for _, k := range keys {
			i := strings.Index(c.Text, k)
			if i < 0 {
				continue
			}
			for _, s := range d.Boilerplate() {
				if s.Start <= i && i < s.End {
					t.Errorf("%s: gold text %q lies in boilerplate %q", c.Name, k, s.Of(c.Text))
				}
			}
		}
	}
}

func TestWrappedTextJoined(t *testing.T) {
	in := "Inspection of Fenbridge local authority children's services\n\n" +
		"The local authority has not made enough progress since the last inspection, and\n" +
		"senior leaders have not ensured that the quality of social work practice is good\n" +
		"enough for the children who need help and protection. Management oversight of\n" +
		"assessments is weak, and too many children experience delay in having their assess-\n" +
		"ments completed, which leaves some of them at risk of harm for longer than needed.\n\n" +
		"Leaders have a clear plan for improvement that is understood by staff across the\n" +
		"service. They have increased the number of permanent social workers, which has\n" +
		"reduced caseloads for most workers, although this is not yet the case for all of\n" +
		"\fPage 3 of 14\n\n" +
		"them. Page furniture between the lines of a sentence is dropped, and the sentence\n" +
		"is joined across the page break as the report's reader would read it in print.\n"
	d := text.Parse(in)
	want := []string{
		"Inspection of Fenbridge local authority children's services",
		"The local authority has not made enough progress since the last inspection, and senior leaders have not ensured that the quality of social work practice is good enough for the children who need help and protection.",
		"Management oversight of assessments is weak, and too many children experience delay in having their assessments completed, which leaves some of them at risk of harm for longer than needed.",
		"Leaders have a clear plan for improvement that is understood by staff across the service.",
		"They have increased the number of permanent social workers, which has reduced caseloads for most workers, although this is not yet the case for all of them.",
		"Page furniture between the lines of a sentence is dropped, and the sentence is joined across the page break as the report's reader would read it in print.",
	}
	if diff := cmp.Diff(want, sentences(d)); diff != "" {
		t.Errorf("sentences of wrapped text (-want +got):\n%s", diff)
	}
	if len(d.Boilerplate()) != 1 || d.Boilerplate()[0].Of(in) != "Page 3 of 14" {
		t.Errorf("boilerplate = %v; want the page footer", d.Boilerplate())
	}
}

// TestWordsInBounds wants WordIn, TokenIn and SentenceWords to read tokens inside their
// bounds and give "" past either end.
func TestWordsInBounds(t *testing.T) {
	doc := text.Parse("Ofsted Rated it Good. Next one.")
	s := doc.Sentences()[0]
	n, orig, word := doc.SentenceWords(s)
	if n != s.Last-s.First || orig(1) != "Rated" || word(1) != "rated" || orig(-1) != "" || word(n) != "" {
		t.Errorf("SentenceWords: n %d, orig(1) %q, word(1) %q, orig(-1) %q, word(n) %q", n, orig(1), word(1), orig(-1), word(n))
	}
	if doc.WordIn(s.Last, s.First, s.Last) != "" || doc.TokenIn(s.First-1, s.First, s.Last) != "" {
		t.Errorf("a token outside the bounds was read")
	}
	if got := doc.TokenIn(s.First, s.First, s.Last); got != "Ofsted" {
		t.Errorf("TokenIn(first) = %q, want Ofsted", got)
	}
}
