package findings

import "testing"

// TestFindingsLexicons checks that every findings word list loads and that each entry
// gives at least one stem.
func TestFindingsLexicons(t *testing.T) {
	for name, m := range map[string]*fMatcher{"cues": &fCueLex, "trend": &fTrendLex, "attribution": &fAttribLex, "sections": &fSectionLex, "events": &fEventLex, "themes": &fThemeLex} {
		if len(m.byFirst) == 0 {
			t.Errorf("lexicon %s is empty", name)
		}
		for k, es := range m.byFirst {
			for _, e := range es {
				if len(e.stems) == 0 || e.stems[0] != k {
					t.Errorf("lexicon %s: entry %v filed under %q", name, e.stems, k)
				}
			}
		}
	}
	if len(fContrast) == 0 {
		t.Errorf("lexicon findings_contrast is empty")
	}
}
