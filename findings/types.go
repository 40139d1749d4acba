package findings

import (
	"fmt"

	"github.com/verdictnlp/verdict/text"
)

// Polarity says whether a finding is a strength or a failure.
type Polarity uint8

const (
	Failure  Polarity = iota // a failing, weakness or criticism
	Positive                 // a strength or praise
)

// String gives "positive" or "failure".
func (p Polarity) String() string {
	if p == Positive {
		return "positive"
	}
	return "failure"
}

// MarshalText gives "positive" or "failure".
func (p Polarity) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText reads "positive" or "failure".
func (p *Polarity) UnmarshalText(b []byte) error {
	for _, q := range []Polarity{Failure, Positive} {
		if q.String() == string(b) {
			*p = q
			return nil
		}
	}
	return fmt.Errorf("findings: unknown polarity %q", b)
}

// Finding is a sentence or clause stating what inspectors found.
//
// Theme is what the finding is about, one of Themes(): "leadership and governance",
// "safeguarding", "staffing and workload", "care and support", "medicines", "education
// and teaching", "outcomes and progress", "behaviour and attendance", "premises and
// environment", "partnerships", "access and timeliness", "rehabilitation and release",
// "crime and investigation", or "other".
type Finding struct {
	Polarity Polarity  `json:"polarity"`
	Theme    string    `json:"theme"`
	Text     string    `json:"text"`
	Span     text.Span `json:"span"`
}
