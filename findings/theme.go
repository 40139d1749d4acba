package findings

import (
	"strings"

	"github.com/verdictnlp/verdict/internal/lexicon"
)

// ThemeOther is the theme of a finding whose clause names none of the listed subjects.
const ThemeOther = "other"

// fThemeLex matches the phrases of internal/lexicon/data/findings_themes.txt; an entry's
// tag is its theme's index in fThemes plus one.
var (
	fThemeLex fMatcher
	fThemes   []string
)

func init() {
	index := map[string]uint8{}
	for _, l := range lexicon.Lines("findings_themes") {
		k, v, ok := strings.Cut(l, ":")
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		weak := strings.HasPrefix(v, "~")
		v = strings.TrimSpace(strings.TrimPrefix(v, "~"))
		if !ok || k == "" || v == "" {
			panic("lexicon findings_themes: bad line " + l)
		}
		tag, seen := index[k]
		if !seen {
			fThemes = append(fThemes, k)
			tag = uint8(len(fThemes))
			index[k] = tag
		}
		fThemeLex.add(fEntry{stems: fPhraseStems(v), tag: tag, weak: weak})
	}
	fThemeLex.sort()
	if len(fThemes) >= fMaxThemes {
		panic("findings: more themes than theme counts")
	}
}

// fMaxThemes bounds the themes, so that theme's weights, cleared for every finding,
// are a few numbers and not one per possible tag.
const fMaxThemes = 32

// Themes returns the themes a finding can have, in the order the word list gives them,
// with ThemeOther last.
func Themes() []string {
	return append(append([]string(nil), fThemes...), ThemeOther)
}

// theme is what the clause of words [a, b) is about, as its index in fThemes plus one:
// the theme whose phrases in its words weigh most, a weak phrase half as much as
// another (the first found on a tie), or 0 for ThemeOther.
func (c *findCtx) theme(a, b int) uint8 {
	ms := fThemeLex.find(c.ws, c.starts, a, b, c.themeMs[:0])
	c.themeMs = ms // the next clause's room: nothing keeps ms past this call
	var weights [fMaxThemes]int
	best, bestW := 0, 0
	for _, m := range ms {
		t, w := int(m.e.tag), 2
		if m.e.weak {
			w = 1
		}
		if weights[t] += w; weights[t] > bestW {
			best, bestW = t, weights[t]
		}
	}
	return uint8(best)
}

// fThemeName is the theme numbered t (theme's number).
func fThemeName(t uint8) string {
	if t == 0 {
		return ThemeOther
	}
	return fThemes[t-1]
}
