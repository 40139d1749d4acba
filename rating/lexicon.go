package rating

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/verdictnlp/verdict/internal/lexicon"
	"github.com/verdictnlp/verdict/internal/phrase"
)

// The rating lexicons, built once: inspectorate aliases, grade phrases and judgement
// areas (internal/lexicon/data: inspectorates.txt, grades.txt, areas.txt).
var (
	inspectorateMatcher = buildInspectorates()
	gradeWords          []string // canonical grade words, indexed by a grade phrase's value
	gradeMatcher        = buildGrades()
	areaCands           [][]areaName // the areas a phrase can name, by inspectorate; indexed by its value
	areaMatcher         = buildAreas()
)

type areaName struct {
	insp Inspectorate
	name string
}

// splitEntry reads "key: a | b | c".
func splitEntry(l string) (string, []string) {
	k, v, ok := strings.Cut(l, ":")
	if !ok {
		panic("rating: lexicon entry without a colon: " + l)
	}
	var vs []string
	for _, p := range strings.Split(v, "|") {
		if p = strings.TrimSpace(p); p != "" {
			vs = append(vs, p)
		}
	}
	if len(vs) == 0 {
		vs = []string{strings.TrimSpace(k)}
	}
	return strings.TrimSpace(k), vs
}

func inspectorateNamed(n string) Inspectorate {
	var i Inspectorate
	if err := i.UnmarshalText([]byte(n)); err != nil {
		panic(err)
	}
	return i
}

func buildInspectorates() *phrase.Matcher {
	var ps []string
	var vs []int
	for _, l := range lexicon.Lines("inspectorates") {
		k, aliases := splitEntry(l)
		i := inspectorateNamed(k)
		for _, a := range aliases {
			ps = append(ps, a)
			vs = append(vs, int(i))
		}
	}
	return phrase.New(ps, vs)
}

func buildGrades() *phrase.Matcher {
	var ps []string
	var vs []int
	for _, l := range lexicon.Lines("grades") {
		k, forms := splitEntry(l)
		gradeWords = append(gradeWords, k)
		for _, f := range forms {
			ps = append(ps, f)
			vs = append(vs, len(gradeWords)-1)
		}
	}
	return phrase.New(ps, vs)
}

func buildAreas() *phrase.Matcher {
	var ps []string
	var vs []int
	index := map[string]int{}
	for _, sec := range lexicon.Sections("areas") {
		insp := inspectorateNamed(sec.Name)
		for _, l := range sec.Entries {
			k, forms := splitEntry(l)
			for _, f := range forms {
				key := strings.Join(phrase.Words(f), " ")
				v, ok := index[key]
				if !ok {
					v = len(areaCands)
					index[key] = v
					areaCands = append(areaCands, nil)
					ps = append(ps, f)
					vs = append(vs, v)
				}
				areaCands[v] = append(areaCands[v], areaName{insp, k})
			}
		}
	}
	return phrase.New(ps, vs)
}

// areaFor returns the canonical area a phrase names under inspectorate i, or under the
// first inspectorate that knows it.
func areaFor(v int, i Inspectorate) (string, bool) {
	for _, a := range areaCands[v] {
		if a.insp == i {
			return a.name, true
		}
	}
	if i == NoInspectorate && len(areaCands[v]) > 0 {
		return areaCands[v][0].name, true
	}
	return "", false
}

// IsGradePhrase reports whether s, as a whole, is a way of writing a grade
// ("require improvement to be good", "Inadequate"): quoted, it is a label, not a quote.
func IsGradePhrase(s string) bool {
	t := strings.Trim(s, " .,;:!?'\"")
	if plainKey(t) {
		return gradeForms[t] // already in the map's form: no copy to make
	}
	// A rune lower-cases to no fewer than a quarter of its bytes: past that, no form fits.
	if nonSpaceBytes(t) > 4*gradeFormMax {
		return false
	}
	return gradeForms[strings.ToLower(strings.Join(strings.Fields(t), " "))]
}

// plainKey reports whether s is ASCII without capitals, with single spaces between
// words and none at either end: the form gradeForms holds.
func plainKey(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80 || 'A' <= c && c <= 'Z':
			return false
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return false
			}
		case c < ' ' || c == 0x7f:
			return false
		}
	}
	return true
}

// nonSpaceBytes counts the bytes of s outside white space.
func nonSpaceBytes(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.IsSpace(r) {
			n += utf8.RuneLen(r)
		}
	}
	return n
}

// gradeForms holds every grade phrase, lower case with single spaces.
var gradeForms = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range lexicon.Lines("grades") {
		_, forms := splitEntry(l)
		for _, f := range forms {
			m[strings.ToLower(f)] = true
		}
	}
	return m
}()

// gradeFormMax is the length of the longest grade phrase.
var gradeFormMax = func() int {
	n := 0
	for f := range gradeForms {
		n = max(n, len(f))
	}
	return n
}()
