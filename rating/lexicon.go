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
	var room [64]byte
	key, ok := gradeFormOf(strings.Trim(s, " .,;:!?'\""), room[:0])
	return ok && gradeForms[string(key)]
}

// gradeFormOf appends to buf the form gradeForms holds of t, lower case with single
// spaces, as strings.ToLower(strings.Join(strings.Fields(t), " ")) makes it but
// without allocating; ok is false once it is longer than any grade phrase.
func gradeFormOf(t string, buf []byte) (key []byte, ok bool) {
	space := false
	for _, r := range t {
		if unicode.IsSpace(r) {
			space = len(buf) > 0
			continue
		}
		if space {
			buf = append(buf, ' ')
			space = false
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		if len(buf) > gradeFormMax {
			return buf, false
		}
	}
	return buf, true
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
