package extract

import (
	"fmt"

	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/quote"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// Report is everything verdict takes from one text. Every Span is a half-open byte
// range into the input exactly as given, and every Text is input[Span.Start:Span.End].
// Lists are in input order and never nil, so they marshal as [] when empty.
type Report struct {
	Inspectorate *InspectorateMention `json:"inspectorate"`
	Subject      *entity.Subject      `json:"subject"`
	Judgements   []rating.Judgement   `json:"judgements"`
	Dates        []Date               `json:"dates"`
	Officials    []entity.Official    `json:"officials"`
	Quotes       []quote.Quote        `json:"quotes"`
	Findings     []Finding            `json:"findings"`
	Boilerplate  []text.Span          `json:"boilerplate"` // the lines dropped as site furniture
}

// InspectorateMention is the inspectorate whose inspection the text reports, with the
// first place the text names it. A text that never names it (an inspectorate's own
// report page) has none: its judgements' scale says whose they are.
type InspectorateMention struct {
	Name rating.Inspectorate `json:"name"`
	Span text.Span           `json:"span"`
}

// DateRole says what a date is the date of.
type DateRole uint8

const (
	OtherDate              DateRole = iota // another event: a restructure, an appointment, an earlier visit
	InspectionDate                         // the inspection visit the text reports
	PublishedDate                          // the publication of the report or the article
	PreviousInspectionDate                 // the inspection that gave the previous judgement
	numRoles
)

var roleNames = [numRoles]string{"other", "inspection", "published", "previous_inspection"}

func (r DateRole) String() string {
	if r < numRoles {
		return roleNames[r]
	}
	return fmt.Sprintf("DateRole(%d)", uint8(r))
}

// MarshalText gives the role's name.
func (r DateRole) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// Precision is how much of a date the text gives.
type Precision uint8

const (
	Day   Precision = iota // the day is known: "YYYY-MM-DD"
	Month                  // the month is known: "YYYY-MM"
	Year                   // the year alone is known: "YYYY"
)

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

// Date is a date or date range the text gives, resolved against its context.
//
// Value is "YYYY-MM-DD", "YYYY-MM" or "YYYY" by Precision. When the year cannot be known
// it is left out, never invented: "--10" is October of an unknown year, "--10-04" the
// 4th of October. End is the last day, month or year of a range, in the same forms.
type Date struct {
	Role      DateRole  `json:"role"`
	Value     string    `json:"value"`
	End       *string   `json:"end"`
	Precision Precision `json:"precision"`
	Text      string    `json:"text"`
	Span      text.Span `json:"span"`
}

// Polarity says whether a finding is a strength or a failure.
type Polarity uint8

const (
	Failure  Polarity = iota // a failing, weakness or criticism
	Positive                 // a strength or praise
)

func (p Polarity) String() string {
	if p == Positive {
		return "positive"
	}
	return "failure"
}

// MarshalText gives "positive" or "failure".
func (p Polarity) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

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
