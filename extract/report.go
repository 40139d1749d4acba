package extract

import (
	"github.com/verdictnlp/verdict/dates"
	"github.com/verdictnlp/verdict/entity"
	"github.com/verdictnlp/verdict/findings"
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

// The date types are the dates package's, named here too so that a Report reads whole
// from this package.
type (
	// Date is a date or date range the text gives (see dates.Date).
	Date = dates.Date
	// DateRole says what a date is the date of (see dates.Role).
	DateRole = dates.Role
	// Precision is how much of a date the text gives (see dates.Precision).
	Precision = dates.Precision
)

// The date roles.
const (
	OtherDate              = dates.OtherDate              // another event: a restructure, an appointment, an earlier visit
	InspectionDate         = dates.InspectionDate         // the inspection visit the text reports
	PublishedDate          = dates.PublishedDate          // the publication of the report or the article
	PreviousInspectionDate = dates.PreviousInspectionDate // the inspection that gave the previous judgement
)

// The precisions of a date.
const (
	Day   = dates.Day   // the day is known: "YYYY-MM-DD"
	Month = dates.Month // the month is known: "YYYY-MM"
	Year  = dates.Year  // the year alone is known: "YYYY"
)

// The finding types are the findings package's, named here too so that a Report reads
// whole from this package.
type (
	// Finding is a sentence or clause stating what inspectors found (see
	// findings.Finding).
	Finding = findings.Finding
	// Polarity says whether a finding is a strength or a failure (see
	// findings.Polarity).
	Polarity = findings.Polarity
)

// The polarities of a finding.
const (
	Failure  = findings.Failure  // a failing, weakness or criticism
	Positive = findings.Positive // a strength or praise
)
