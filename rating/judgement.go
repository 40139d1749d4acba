package rating

import (
	"fmt"

	"github.com/verdictnlp/verdict/text"
)

// Time says whether a judgement is the outcome of the inspection a text reports or of
// an earlier one.
type Time uint8

const (
	Current  Time = iota // the inspection the text reports
	Previous             // an earlier inspection
)

func (t Time) String() string {
	if t == Previous {
		return "previous"
	}
	return "current"
}

// MarshalText gives "current" or "previous".
func (t Time) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText reads "current" or "previous".
func (t *Time) UnmarshalText(b []byte) error {
	switch string(b) {
	case "current":
		*t = Current
	case "previous":
		*t = Previous
	default:
		return fmt.Errorf("rating: unknown time %q", b)
	}
	return nil
}

// Overall is the area of an overall judgement ("overall effectiveness").
const Overall = "overall"

// Judgement is one grade a text gives: for the whole service (Area "overall") or for
// one judgement area under its framework's canonical name, now or before.
type Judgement struct {
	Area    string    `json:"area"`
	Grade   Grade     `json:"grade"`
	Scale   Scale     `json:"scale"`
	Time    Time      `json:"time"`
	Year    *int      `json:"year"`              // the year of a previous judgement, when the text gives it
	Subject string    `json:"subject,omitempty"` // the body judged, in texts about several bodies
	Change  Change    `json:"change,omitempty"`  // a current grade against the previous one of its scale and area
	Text    string    `json:"text"`              // the input text the grade was read from
	Span    text.Span `json:"span"`

	// The area as the text names it ("The experiences and progress of care leavers"),
	// when it does; an overall grade given without the word "overall" has none.
	AreaText string     `json:"area_text,omitempty"`
	AreaSpan *text.Span `json:"area_span,omitempty"`
}

// Change says how a current grade compares with the previous grade of the same scale,
// area and subject; empty when there is no such previous grade.
type Change string

const (
	NoChange  Change = ""
	Improved  Change = "improved"
	Declined  Change = "declined"
	Unchanged Change = "unchanged"
)

// Compare returns how grade cur changed from prev: NoChange when they are on different
// scales, either has no rank, or they are categories (special measures is no better
// than serious weaknesses).
func Compare(cur, prev Grade) Change {
	switch {
	case cur.scale != prev.scale || cur.rank == 0 || prev.rank == 0 || cur.scale == Category:
		return NoChange
	case cur.rank < prev.rank:
		return Improved
	case cur.rank > prev.rank:
		return Declined
	}
	return Unchanged
}
