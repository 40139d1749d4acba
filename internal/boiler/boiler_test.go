package boiler

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func classes(lines ...string) string {
	in := make([]Line, len(lines))
	for i, l := range lines {
		in[i] = Line{Text: l}
	}
	var b strings.Builder
	for _, c := range Classify(in) {
		b.WriteByte(".AB"[c])
	}
	return b.String()
}

// Each case gives lines and their classes: . blank, A article, B boilerplate.
func TestClassify(t *testing.T) {
	for _, tc := range []struct {
		name, reason string
		lines        []string
		want         string
	}{
		{"radio banner", "the phrase list names the banner lines; the headline is long enough to stand",
			[]string{"On Air Now Ann Lee 6:00am - 9:00am", "Now Playing Abba Waterloo", "", "Council services rated inadequate by inspectors after visit"}, "BB.A"},
		{"weather widget", "a temperature and weekday lines are widgets; the run reaches 'Weather'",
			[]string{"More from The Echo", "Weather", "• Sat", "17°C", "• Sun"}, "BBBBB"},
		{"short line beside furniture", "a short unpunctuated line next to a cookie notice is furniture",
			[]string{"We use cookies to improve your experience of our website.", "Learn more", "Got it"}, "BBB"},
		{"short headline beside furniture", "a line that names an inspectorate is never weak",
			[]string{"Your browser is no longer supported", "Ofsted finds failures"}, "BA"},
		{"dateline beside furniture", "a date belongs to the article",
			[]string{"Share this article", "Friday 10 January 2025"}, "BA"},
		{"date stamp with a widget on its line", "the page's date stamp stays though a sign-up prompt follows it",
			[]string{" date 2021-04-12 Sign up for our newsletter and get it in your inbox", "Subscribe now", "", "Ofsted rates nursery good"}, "AB.A"},
		{"date stamp look-alike", "'date' and words, not figures, is no stamp",
			[]string{"Date for your diary: sign up to our newsletter", "", "Ofsted rates nursery good"}, "B.A"},
		{"caption name beside furniture", "a title such as Cllr marks a person, not furniture",
			[]string{"Advertising", "Cllr Peter Ash"}, "BA"},
		{"article sentence with a furniture word", "'comment' inside prose is not the comment prompt",
			[]string{"Tameside has been contacted for comment.", "Comment"}, "AB"},
		{"table rows", "short grade rows are article text: they carry grades",
			[]string{"Safe Inadequate", "Caring Good", "Well-led Requires improvement"}, "AAA"},
		{"repeated header", "a header recurring on every page goes, but its first occurrence is the title",
			[]string{"Inspection of Fenbridge children's services", "Text one.", "Inspection of Fenbridge children's services", "Text two.", "Inspection of Fenbridge children's services"}, "AABAB"},
		{"footer with page numbers", "a footer that differs only by its page number goes every time",
			[]string{"7 and 8 November 2023 2", "Text one.", "7 and 8 November 2023 3"}, "BAB"},
		{"page footer does not spread", "a section heading next to a page footer stays",
			[]string{"Page 2 of 9", "Summary of this service"}, "BA"},
		{"navigation", "many words, almost no function words, several separators: weak, and beside furniture",
			[]string{"Skip to content", "Home | News | Sport | Business | Politics | Culture", "Council rated good after inspection"}, "BBA"},
		{"lone short line", "a short line with no furniture near it stays",
			[]string{"Text one.", "", "Summary", "", "Text two."}, "A.A.A"},
	} {
		if got := classes(tc.lines...); got != tc.want {
			t.Errorf("%s (%s): classes %q = %s; want %s", tc.name, tc.reason, tc.lines, got, tc.want)
		}
	}
}

// TestKeyHelpers checks the allocation-free paths against what they stand for:
// keyWords against strings.FieldsFunc, and repeatKey's shortcut for a plain key
// against its full form.
func TestKeyHelpers(t *testing.T) {
	sep := func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }
	for _, k := range []string{
		"", "home", "news | sport | weather", "page 3 of 14", "  two  spaces ", "it's 17°c",
		"ofsted report: 'good' - 2024", "a\tb", "x\u00a0y", "café menu", "3", "the end 12",
	} {
		var got []string
		for w := range keyWords(k) {
			got = append(got, w)
		}
		if want := strings.FieldsFunc(k, sep); strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("keyWords(%q) = %q; want %q", k, got, want)
		}
		if singleSpaced(k) && strings.Join(strings.Fields(k), " ") != k {
			t.Errorf("singleSpaced(%q) but its words are not one space apart", k)
		}
		if hasDigit(k) != strings.ContainsAny(k, "0123456789") {
			t.Errorf("hasDigit(%q) = %v", k, hasDigit(k))
		}
		if got, want := strings.Join(fields(nil, k), "|"), strings.Join(strings.Fields(k), "|"); got != want {
			t.Errorf("fields(%q) = %q; want %q", k, got, want)
		}
	}
}

// TestLowerAllIsToLower checks the one-buffer lower-casing of Classify against
// strings.ToLower, on ASCII, runes that change length when lower-cased, bad bytes and
// empty lines.
func TestLowerAllIsToLower(t *testing.T) {
	lines := []Line{{Text: "Ofsted Report"}, {}, {Text: "\u0130STANBUL \u212aelvin \u1e9e"}, {Text: "bad \xff\xfe bytes \uFFFD"}, {Text: "already lower"}, {Text: "\u00e9t\u00e9 d\u00e9j\u00e0"}, {Text: strings.Repeat("\u0130", 300)}}
	cb := classifyBufs.Get().(*classifyBuf)
	// Twice with the same buffer: the second call reuses what the first left, as the
	// pool hands it on, and must give the same.
	for round := range 2 {
		got := cb.lowerAll(lines)
		for i, l := range lines {
			if want := strings.ToLower(l.Text); got[i] != want {
				t.Errorf("round %d, line %d: lowerAll gives %q, strings.ToLower %q", round, i, got[i], want)
			}
		}
		cb.release()
	}
}

// TestClassifyReusesBuffers checks that Classify gives the same classes with its
// buffers reused from the pool as with fresh ones: the same page classed after others
// of different lengths, whose keys and counts must not carry over.
func TestClassifyReusesBuffers(t *testing.T) {
	header := Line{Text: "Harwick Vale Borough Council annual review"}
	page := []Line{header, {Text: "Listen live"}, {Text: "Report finds Harwick Vale ward safe."}, {Text: "Share this page"},
		{Text: "Page 2 of 9"}, {}, {Text: "Inspectors found the service caring."}}
	want := Classify(page)
	other := slices.Repeat([]Line{header, {Text: "Inspectors found the service caring."}}, 5)
	for range 3 {
		Classify(other)
		if got := Classify(page); !slices.Equal(got, want) {
			t.Fatalf("after another page, Classify gives %v; first %v", got, want)
		}
	}
}

// TestWordIndexes checks that the indexes strong and features look words up in give
// every word of their maps its value, and no other word one.
func TestWordIndexes(t *testing.T) {
	if len(containsByFirst) == 0 {
		t.Fatal("no indexed phrases")
	}
	for w, ps := range containsByFirst {
		if got, ok := containsFirst.get(w); !ok || len(got) != len(ps) {
			t.Errorf("containsFirst.get(%q) = %v, %v; want %v", w, got, ok, ps)
		}
	}
	for w, ps := range prefixByFirst {
		if got, ok := prefixFirst.get(w); !ok || len(got) != len(ps) {
			t.Errorf("prefixFirst.get(%q) = %v, %v; want %v", w, got, ok, ps)
		}
	}
	for w, v := range stopwords {
		if got, ok := stopIndex.get(w); !ok || got != v {
			t.Errorf("stopIndex.get(%q) = %v, %v", w, got, ok)
		}
	}
	for _, w := range strings.Fields("inspectors found that the ward was clean and staff were kind to patients x tho") {
		if _, ok := containsFirst.get(w); ok != (containsByFirst[w] != nil) {
			t.Errorf("containsFirst.get(%q) = %v", w, ok)
		}
		if got, _ := stopIndex.get(w); got != stopwords[w] {
			t.Errorf("stopIndex.get(%q) = %v; want %v", w, got, stopwords[w])
		}
	}
	if _, ok := stopIndex.get(""); ok {
		t.Error("the empty word is in stopIndex")
	}
}

// TestNextWordTable checks nextWord's ASCII table against wordRune.
func TestNextWordTable(t *testing.T) {
	for c := range rune(utf8.RuneSelf) {
		if asciiWord[c] != wordRune(c) {
			t.Errorf("asciiWord[%q] = %v", c, asciiWord[c])
		}
	}
	if w, next := nextWord("  -- Caf\u00e9 9am, ", 0); w != "Caf\u00e9" || next != 10 {
		t.Errorf("nextWord = %q, %d", w, next)
	}
}

// TestAppendJoin checks appendJoin against strings.Join, and that a join already
// given keeps its bytes when later ones fill the arena and start another.
func TestAppendJoin(t *testing.T) {
	var arena []byte
	var got, want []string
	for i := range 2000 {
		ws := strings.Fields(strings.Repeat("footer page x ", i%5))
		got = append(got, appendJoin(&arena, ws))
		want = append(want, strings.Join(ws, " "))
	}
	if !slices.Equal(got, want) {
		t.Fatal("appendJoin differs from strings.Join")
	}
}

// TestLowerAlnumRun checks lowerAlnumRun's eight-byte test against a byte loop for
// every byte value at every place of a word.
func TestLowerAlnumRun(t *testing.T) {
	naive := func(s string, j int) int {
		for j < len(s) && ('a' <= s[j] && s[j] <= 'z' || '0' <= s[j] && s[j] <= '9') {
			j++
		}
		return j
	}
	for c := 0; c < 256; c++ {
		for at := 0; at < 20; at++ {
			b := []byte("abcdefghijklmnopqrstuvwxyz0123456789")
			b[at] = byte(c)
			s := string(b)
			for j := 0; j < 4; j++ {
				// lowerAlnumRun may stop short of the run's end in its last few
				// bytes, never past it: nextWord's byte loop reads on from there.
				got, want := lowerAlnumRun(s, j), naive(s, j)
				if got > want || got < want && got+8 <= len(s) {
					t.Fatalf("lowerAlnumRun(%q, %d) = %d, want %d", s, j, got, want)
				}
			}
		}
	}
}
