package rating

import (
	"fmt"
	"strings"
)

// Scale is a grading scale: the ordered grades one inspectorate (or one of its
// frameworks) awards. Its text form is a lower-case identifier such as "ofsted".
type Scale uint8

const (
	NoScale           Scale = iota // no grade read
	Ofsted                         // outstanding, good, requires improvement, inadequate (+ pre-2012 satisfactory, 2009–12 adequate)
	OfstedReportCard               // exceptional … urgent improvement (Nov 2025–); safeguarding met / not met
	CQC                            // outstanding, good, requires improvement, inadequate
	PEEL                           // HMICFRS from 2021/22: outstanding, good, adequate, requires improvement, inadequate
	HMIPrisons                     // healthy prison tests: good, reasonably good, not sufficiently good, poor
	HMIProbation                   // outstanding, good, requires improvement, inadequate
	CareInspectorate               // Scotland, 6 points: excellent … unsatisfactory, with adequate
	EducationScotland              // 6 points: excellent … unsatisfactory, with satisfactory
	CIW                            // Care Inspectorate Wales: excellent, good, requires improvement, requires significant improvement
	Estyn                          // until 2022: excellent, good, adequate and needs improvement, unsatisfactory and needs urgent improvement
	ISI                            // until 2023: excellent, good, sound, unsatisfactory
	Category                       // special measures, serious weaknesses, notice to improve, engage
	numScales
)

var scaleNames = [numScales]string{
	"", "ofsted", "ofsted_report_card", "cqc", "peel", "hmi_prisons", "hmi_probation",
	"care_inspectorate", "education_scotland", "ciw", "estyn", "isi", "category",
}

// scaleGrades lists each scale's grades best first. Ofsted's list holds the older
// "satisfactory" and "adequate" at the rank they stood at.
var scaleGrades = [numScales][]string{
	Ofsted:            {"outstanding", "good", "requires improvement", "inadequate"},
	OfstedReportCard:  {"exceptional", "strong standard", "expected standard", "needs attention", "urgent improvement"},
	CQC:               {"outstanding", "good", "requires improvement", "inadequate"},
	PEEL:              {"outstanding", "good", "adequate", "requires improvement", "inadequate"},
	HMIPrisons:        {"good", "reasonably good", "not sufficiently good", "poor"},
	HMIProbation:      {"outstanding", "good", "requires improvement", "inadequate"},
	CareInspectorate:  {"excellent", "very good", "good", "adequate", "weak", "unsatisfactory"},
	EducationScotland: {"excellent", "very good", "good", "satisfactory", "weak", "unsatisfactory"},
	CIW:               {"excellent", "good", "requires improvement", "requires significant improvement"},
	Estyn:             {"excellent", "good", "adequate and needs improvement", "unsatisfactory and needs urgent improvement"},
	ISI:               {"excellent", "good", "sound", "unsatisfactory"},
	Category:          {"special measures", "serious weaknesses", "notice to improve", "engage"},
}

// extraGrades are grades a scale also used, with the rank they held.
var extraGrades = map[Scale]map[string]int{
	Ofsted:           {"satisfactory": 3, "adequate": 3},
	OfstedReportCard: {"met": 1, "not met": 2},
}

func (s Scale) String() string {
	if s < numScales {
		return scaleNames[s]
	}
	return fmt.Sprintf("Scale(%d)", uint8(s))
}

// MarshalText gives the scale's identifier.
func (s Scale) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a scale's identifier.
func (s *Scale) UnmarshalText(b []byte) error {
	for i, n := range scaleNames {
		if n == string(b) {
			*s = Scale(i)
			return nil
		}
	}
	return fmt.Errorf("rating: unknown scale %q", b)
}

// Grades returns the scale's grades, best first.
func (s Scale) Grades() []Grade {
	if s >= numScales {
		return nil
	}
	out := make([]Grade, len(scaleGrades[s]))
	for i, w := range scaleGrades[s] {
		out[i] = Grade{scale: s, rank: uint8(i + 1), word: w}
	}
	return out
}

// Grade is one grade of one scale. Its text form is the canonical lower-case words
// ("requires improvement"); the zero Grade is no grade and prints as "".
type Grade struct {
	scale Scale
	rank  uint8
	word  string
}

// Lookup returns the grade of scale s named by its canonical words, or false.
func Lookup(s Scale, words string) (Grade, bool) {
	words = strings.ToLower(strings.TrimSpace(words))
	if s >= numScales {
		return Grade{}, false
	}
	for i, w := range scaleGrades[s] {
		if w == words {
			return Grade{scale: s, rank: uint8(i + 1), word: w}, true
		}
	}
	if r, ok := extraGrades[s][words]; ok {
		return Grade{scale: s, rank: uint8(r), word: words}, true
	}
	if long, ok := shortGrades[s][words]; ok {
		return Lookup(s, long)
	}
	return Grade{}, false
}

// shortGrades are the first words by which coverage names a grade whose canonical
// name is longer: Estyn's "adequate" is its "adequate and needs improvement".
var shortGrades = map[Scale]map[string]string{
	Estyn: {"adequate": "adequate and needs improvement", "unsatisfactory": "unsatisfactory and needs urgent improvement"},
}

// Scale is the grade's scale.
func (g Grade) Scale() Scale { return g.scale }

// Rank is the grade's place on its scale, 1 for the best; 0 for no grade.
func (g Grade) Rank() int { return int(g.rank) }

// IsZero reports whether g is no grade.
func (g Grade) IsZero() bool { return g.word == "" }

func (g Grade) String() string { return g.word }

// MarshalText gives the grade's canonical words.
func (g Grade) MarshalText() ([]byte, error) { return []byte(g.word), nil }

// Better reports whether g ranks above h on the same scale.
func (g Grade) Better(h Grade) bool { return g.scale == h.scale && g.rank != 0 && g.rank < h.rank }
