package dates

import (
	"fmt"

	"github.com/verdictnlp/verdict/text"
)

// Role says what a date is the date of.
type Role uint8

const (
	OtherDate              Role = iota // another event: a restructure, an appointment, an earlier visit
	InspectionDate                     // the inspection visit the text reports
	PublishedDate                      // the publication of the report or the article
	PreviousInspectionDate             // the inspection that gave the previous judgement
	numRoles
)

var roleNames = [numRoles]string{"other", "inspection", "published", "previous_inspection"}

// String gives the role's name: "other", "inspection", "published" or
// "previous_inspection".
func (r Role) String() string {
	if r < numRoles {
		return roleNames[r]
	}
	return fmt.Sprintf("DateRole(%d)", uint8(r))
}

// MarshalText gives the role's name.
func (r Role) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText reads a role's name.
func (r *Role) UnmarshalText(b []byte) error {
	for i, n := range roleNames {
		if n == string(b) {
			*r = Role(i)
			return nil
		}
	}
	return fmt.Errorf("dates: unknown date role %q", b)
}

// Precision is how much of a date the text gives.
type Precision uint8

const (
	Day   Precision = iota // the day is known: "YYYY-MM-DD"
	Month                  // the month is known: "YYYY-MM"
	Year                   // the year alone is known: "YYYY"
)

// String gives "day", "month" or "year".
func (p Precision) String() string {
	switch p {
	case Day:
		return "day"
	case Month:
		return "month"
	}
	return "year"
}

// MarshalText gives "day", "month" or "year".
func (p Precision) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText reads "day", "month" or "year".
func (p *Precision) UnmarshalText(b []byte) error {
	for _, q := range []Precision{Day, Month, Year} {
		if q.String() == string(b) {
			*p = q
			return nil
		}
	}
	return fmt.Errorf("dates: unknown precision %q", b)
}

// Date is a date or date range the text gives, resolved against its context.
//
// Value is "YYYY-MM-DD", "YYYY-MM" or "YYYY" by Precision. When the year cannot be known
// it is left out, never invented: "--10" is October of an unknown year, "--10-04" the
// 4th of October. End is the last day, month or year of a range, in the same forms.
type Date struct {
	Role      Role      `json:"role"`
	Value     string    `json:"value"`
	End       *string   `json:"end"`
	Precision Precision `json:"precision"`
	Text      string    `json:"text"`
	Span      text.Span `json:"span"`
}
