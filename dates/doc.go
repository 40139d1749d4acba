// Package dates reads the dates of inspection coverage: every date expression of a
// text ("4 to 15 March 2024", "30/11/2023", "2023/24", "last Tuesday", "earlier this
// year"), placed on the calendar against the day of writing, and the role each plays
// for the inspection the text reports: the visit, the report's publication, the
// previous inspection, or another event.
//
// It is an annotator beside rating, quote and entity: it reads a text.Document and,
// for the roles, the grades and inspectorates rating found in it. Parse reads the
// expressions; Resolve places them and gives them roles, one date per role; each
// resolved Mention gives the Date a report carries. The extract package runs it as a
// stage of its pipeline and then makes the previous judgement's year and the previous
// inspection's date agree.
//
// The word lists are data: internal/lexicon/data/dates_*.txt, with month and weekday
// names and the range of plausible years in internal/calendar.
package dates
