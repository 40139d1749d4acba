package dates_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/verdictnlp/verdict/dates"
	"github.com/verdictnlp/verdict/rating"
	"github.com/verdictnlp/verdict/text"
)

// readDates runs the package over in as the pipeline does, with the grades and
// inspectorates rating finds, against reference date ref ("" for none), and writes
// each date as `role value[/end] "text"`, checking that its span slices the input to
// its text.
func readDates(t *testing.T, in, ref string) []string {
	t.Helper()
	var r time.Time
	year := 0
	if ref != "" {
		var err error
		if r, err = time.Parse("2006-01-02", ref); err != nil {
			t.Fatal(err)
		}
		year = r.Year()
	}
	doc := text.Parse(in)
	insp := rating.Inspectorates(doc)
	main := rating.NoInspectorate
	if len(insp) > 0 {
		main = insp[0].Inspectorate
	}
	found := rating.FindAsOf(doc, insp, main, year)
	ms := dates.Parse(doc)
	dates.Resolve(doc, ms, found, insp, r)
	out := []string{}
	for i := range ms {
		if !ms[i].Resolved() {
			continue
		}
		d := ms[i].Date(doc)
		if got := in[d.Span.Start:d.Span.End]; got != d.Text {
			t.Errorf("date %q has span %v, which slices the input to %q", d.Text, d.Span, got)
		}
		v := d.Value
		if d.End != nil {
			v += "/" + *d.End
		}
		out = append(out, fmt.Sprintf("%s %s %q", d.Role, v, d.Text))
	}
	return out
}

// TestDates gives every rule of reading, placing and giving roles to dates a case of
// its own. The sentences are written for the test, in the shape of inspection coverage;
// ref is the reference date, if any.
func TestDates(t *testing.T) {
	for _, tc := range []struct {
		name, reason string
		in, ref      string
		want         []string
	}{
		// Forms.
		{
			name:   "british full date",
			reason: "day month year; 'inspected on' is the visit",
			in:     "Ofsted inspected the school on 4 December 2023.",
			want:   []string{`inspection 2023-12-04 "4 December 2023"`},
		},
		{
			name:   "american full date",
			reason: "month day, year; 'visited' is the visit",
			in:     "The regulator visited the hospital on December 4, 2023.",
			want:   []string{`inspection 2023-12-04 "December 4, 2023"`},
		},
		{
			name:   "weekday and full date",
			reason: "the weekday belongs to the date; 'arrived' with inspectors as subject is the visit",
			in:     "Inspectors arrived at the prison on Tuesday 5 March 2024.",
			want:   []string{`inspection 2024-03-05 "Tuesday 5 March 2024"`},
		},
		{
			name:   "ordinal day",
			reason: "'4th of December' is a day; a report published on a day is the publication",
			in:     "The report was published on the 4th of December 2023.",
			want:   []string{`published 2023-12-04 "4th of December 2023"`},
		},
		{
			name:   "month abbreviation beside a day",
			reason: "'Sept' stands for September beside a day and year",
			in:     "Inspectors visited the home on 3 Sept 2024.",
			want:   []string{`inspection 2024-09-03 "3 Sept 2024"`},
		},
		{
			name:   "ISO and slash dates",
			reason: "dates in figures, day first in British order; a page footer date has no role",
			in:     "Care home inspection report 12/05/2022\n\nThe home opened on 2021-03-01.",
			want:   []string{`other 2022-05-12 "12/05/2022"`, `other 2021-03-01 "2021-03-01"`},
		},
		{
			name:   "academic year",
			reason: "'2023/24' is a year range",
			in:     "Exam results for 2023/24 were the best the school has had.",
			want:   []string{`other 2023/2024 "2023/24"`},
		},
		{
			name:   "year range",
			reason: "'between 2019 and 2022' is a range of years",
			in:     "Caseloads rose between 2019 and 2022, the council said.",
			want:   []string{`other 2019/2022 "2019 and 2022"`},
		},
		{
			name:   "season of a year",
			reason: "'the spring of 2024' gives only a year",
			in:     "The assessment included an on-site visit in the spring of 2024.",
			want:   []string{`inspection 2024 "spring of 2024"`},
		},
		{
			name:   "times are not dates",
			reason: "'6:00 am' and '4:15pm' are times of day",
			in:     "Thursday 27 June 2024, 6:00 am\n\nThe council responded at 4:15pm.",
			want:   []string{`published 2024-06-27 "Thursday 27 June 2024"`},
		},
		{
			name:   "may is a verb",
			reason: "a month name alone needs a word such as 'in' before it",
			in:     "Some services may now be struggling, and March will tell.",
			want:   []string{},
		},
		{
			name:   "quantities and acts are not years",
			reason: "'more than 2000 pupils' and 'the Children Act 2004' hold no year",
			in:     "The trust has more than 2000 pupils and its duties come from the Children Act 2004.",
			want:   []string{},
		},
		{
			name:   "copyright line",
			reason: "a copyright notice's years are not dates",
			in:     "Inspectors visited in May 2023.\n\n© 2023 Borchester Courier. All rights reserved.",
			want:   []string{`inspection 2023-05 "May 2023"`},
		},

		// Ranges.
		{
			name:   "day range with year",
			reason: "'4 to 15 December 2023' is one date range",
			in:     "Inspectors spent a fortnight in Borchester from 4 to 15 December 2023.",
			want:   []string{`inspection 2023-12-04/2023-12-15 "4 to 15 December 2023"`},
		},
		{
			name:   "day range in figures",
			reason: "'4-15 March 2024' is a range",
			in:     "The inspection was carried out on 4-15 March 2024 by four inspectors.",
			want:   []string{`inspection 2024-03-04/2024-03-15 "4-15 March 2024"`},
		},
		{
			name:   "between two days, year from the dateline",
			reason: "a month with no year takes the dateline's year when it is not after it",
			in:     "Friday 1 March 2024\n\nInspectors visited the council between 8 and 19 January.",
			want:   []string{`published 2024-03-01 "Friday 1 March 2024"`, `inspection 2024-01-08/2024-01-19 "8 and 19 January"`},
		},
		{
			name:   "across two months, American order",
			reason: "'September 26 - October 20' is one range; its year from the dateline",
			in:     "Wednesday 15 November 2023\n\nThe inspection took place September 26 \u2013 October 20.",
			want:   []string{`published 2023-11-15 "Wednesday 15 November 2023"`, "inspection 2023-09-26/2023-10-20 \"September 26 \u2013 October 20\""},
		},
		{
			name:   "two days joined by and",
			reason: "'4 and 5 March' is a two-day visit; the year from the reference date",
			in:     "Inspectors made an unannounced visit on 4 and 5 March.",
			ref:    "2024-04-10",
			want:   []string{`inspection 2024-03-04/2024-03-05 "4 and 5 March"`},
		},
		{
			name:   "two months with one year",
			reason: "'in January and February 2022' share the year",
			in:     "The report follows inspections of four core services in January and February 2022.",
			want:   []string{`inspection 2022-01/2022-02 "January and February 2022"`},
		},
		{
			name:   "two dated months are two dates",
			reason: "'March 2019 and May 2022' each give a year, so they are not one range",
			in:     "The council restructured in March 2019 and May 2022.",
			want:   []string{`other 2019-03 "March 2019"`, `other 2022-05 "May 2022"`},
		},

		// Years from context.
		{
			name:   "month alone without anchor",
			reason: "no year anywhere: the year is left unknown, never invented",
			in:     "The failings were identified by inspectors during a visit in October.",
			want:   []string{`inspection --10 "October"`},
		},
		{
			name:   "a year elsewhere is not the month's year",
			reason: "an explicit year in another sentence is another event, not this month's year",
			in:     "The service was restructured in 2012. Inspectors visited in October.",
			want:   []string{`other 2012 "2012"`, `inspection --10 "October"`},
		},
		{
			name:   "month after the publication month",
			reason: "'inspected in November' in a January article is the previous November",
			in:     "Wednesday 15 January 2025\n\nThe home was inspected in November.",
			want:   []string{`published 2025-01-15 "Wednesday 15 January 2025"`, `inspection 2024-11 "November"`},
		},
		{
			name:   "month last year",
			reason: "'October last year' is the year before the dateline",
			in:     "Published: 6 February 2024\n\nThe jail was judged safer following an inspection in October last year.",
			want:   []string{`published 2024-02-06 "6 February 2024"`, `inspection 2023-10 "October last year"`},
		},
		{
			name:   "day this year",
			reason: "'this year' takes the dateline's year",
			in:     "Thursday 17 October 2024\n\nDuring the visit, on 10 and 11 September this year, inspectors looked at plans.",
			want:   []string{`published 2024-10-17 "Thursday 17 October 2024"`, `inspection 2024-09-10/2024-09-11 "10 and 11 September this year"`},
		},
		{
			name:   "that year",
			reason: "'December that year' after 'August 2023' is December 2023; a restructure is another event",
			in:     "A new team came in during a restructure in August 2023. Inspectors said the impact was unclear when they visited in December that year.",
			want:   []string{`other 2023-08 "August 2023"`, `inspection 2023-12 "December that year"`},
		},
		{
			name:   "restructure took place",
			reason: "'took place' is the inspection only when an inspection or inspectors are its subject",
			in:     "A restructure took place in August 2023.",
			want:   []string{`other 2023-08 "August 2023"`},
		},
		{
			name:   "the following month",
			reason: "'the following month' is the month after the last one named",
			in:     "The council was inspected in March 2023 and the report was published the following month.",
			want:   []string{`inspection 2023-03 "March 2023"`, `published 2023-04 "the following month"`},
		},
		{
			name:   "weekday picks the year before the reference date",
			reason: "5 April fell on a Tuesday in 2022, the nearest such year before the reference date",
			in:     "The report, released on Tuesday April 5, was welcomed by the trust.",
			ref:    "2024-06-01",
			want:   []string{`published 2022-04-05 "Tuesday April 5"`},
		},
		{
			name:   "weekday picks a year the text names",
			reason: "with no reference date, the weekday fits 2022, a year the text names",
			in:     "The report, released on Tuesday April 5, follows inspections in January 2022.",
			want:   []string{`published 2022-04-05 "Tuesday April 5"`, `inspection 2022-01 "January 2022"`},
		},
		{
			name:   "weekday and day from a published line",
			reason: "'Tuesday 14 May' takes 2024 from the Published line, where it is a Tuesday",
			in:     "Published: Friday, 31st May 2024, 4:45 pm\n\nThe nursery was inspected on Tuesday 14 May.",
			want:   []string{`published 2024-05-31 "Friday, 31st May 2024"`, `inspection 2024-05-14 "Tuesday 14 May"`},
		},
		{
			name:   "future deadline",
			reason: "'must meet by 30 August' is a deadline after the dateline, in the same year",
			in:     "Tuesday 9 July 2024\n\nThe provider must meet the requirements by 30 August.",
			want:   []string{`published 2024-07-09 "Tuesday 9 July 2024"`, `other 2024-08-30 "30 August"`},
		},

		// Relative dates.
		{
			name:   "today against the reference date",
			reason: "'published today' is the reference day when the text gives no date",
			in:     "A report published today rates the council inadequate.",
			ref:    "2024-03-05",
			want:   []string{`published 2024-03-05 "today"`},
		},
		{
			name:   "today with no day known",
			reason: "without a dateline or reference date 'today' cannot be placed",
			in:     "A report published today rates the council inadequate.",
			want:   []string{},
		},
		{
			name:   "yesterday",
			reason: "the day before the reference date",
			in:     "The report, published yesterday, criticised leaders.",
			ref:    "2024-03-05",
			want:   []string{`published 2024-03-04 "yesterday"`},
		},
		{
			name:   "last month",
			reason: "the month before the reference date",
			in:     "The school was inspected last month.",
			ref:    "2024-03-05",
			want:   []string{`inspection 2024-02 "last month"`},
		},
		{
			name:   "earlier this year",
			reason: "the reference date's year",
			in:     "The trust was inspected earlier this year.",
			ref:    "2024-03-05",
			want:   []string{`inspection 2024 "earlier this year"`},
		},
		{
			name:   "last week",
			reason: "the Monday to Sunday before the reference date's week",
			in:     "Inspectors visited last week.",
			ref:    "2024-03-06",
			want:   []string{`inspection 2024-02-26/2024-03-03 "last week"`},
		},
		{
			name:   "last year is a calendar year, the last year is not",
			reason: "'last year' is the year before; 'over the last year' is twelve months",
			in:     "Staffing improved last year. Many staff left over the last year.",
			ref:    "2024-03-05",
			want:   []string{`other 2023 "last year"`},
		},
		{
			name:   "published on a weekday",
			reason: "'published on Monday' is the Monday before a Wednesday dateline, and it is the publication, not the dateline",
			in:     "Wednesday 20 March 2024\n\nThe letter, published on Monday, sets out areas for improvement.",
			want:   []string{`other 2024-03-20 "Wednesday 20 March 2024"`, `published 2024-03-18 "Monday"`},
		},
		{
			name:   "published today in brackets",
			reason: "the bracketed day says which day today is; its year from a year-only dateline",
			in:     "News release | Borchester, 2024\n\nInspectors call the council good in their findings, published today (Thursday 7 March).",
			want:   []string{`other 2024 "2024"`, `published 2024-03-07 "Thursday 7 March"`},
		},

		// Header lines and datelines.
		{
			name:   "inspection dates header",
			reason: "a report header labels the inspection",
			in:     "Inspection dates: 4 to 15 December 2023\nLead inspector: Jane Ash",
			want:   []string{`inspection 2023-12-04/2023-12-15 "4 to 15 December 2023"`},
		},
		{
			name:   "report publication date header",
			reason: "a report header labels the publication",
			in:     "Report Publication Date: 15 May 2017",
			want:   []string{`published 2017-05-15 "15 May 2017"`},
		},
		{
			name:   "inspection visit and publication headers",
			reason: "each header gives its date's role",
			in:     "Date of inspection visit: 12 to 14 September 2023\nDate of publication: 30 November 2023",
			want:   []string{`inspection 2023-09-12/2023-09-14 "12 to 14 September 2023"`, `published 2023-11-30 "30 November 2023"`},
		},
		{
			name:   "previous inspection header",
			reason: "'Date of previous inspection' labels the previous inspection, range and all",
			in:     "Date of previous inspection: 7 to 18 October 2019\nOverall effectiveness at previous inspection: Inadequate",
			want:   []string{`previous_inspection 2019-10-07/2019-10-18 "7 to 18 October 2019"`},
		},
		{
			name:   "metadata date line",
			reason: "a leading ' date 2019-09-27' line is the publication date",
			in:     " date 2019-09-27 Council children's services rated good by Ofsted",
			want:   []string{`published 2019-09-27 "2019-09-27"`},
		},
		{
			name:   "unknown label",
			reason: "a line labelled with anything else gives its date no role",
			in:     "Closing date: 13 April 2025\nInterviews: 28 April 2025",
			want:   []string{`other 2025-04-13 "13 April 2025"`, `other 2025-04-28 "28 April 2025"`},
		},
		{
			name:   "dateline alone on a line",
			reason: "a date alone near the top is the article's date, and places 'November last year'",
			in:     "Our view\n\nFriday 10 January 2025\n\nInspectors who visited in November last year found children at risk.",
			want:   []string{`published 2025-01-10 "Friday 10 January 2025"`, `inspection 2024-11 "November last year"`},
		},
		{
			name:   "byline with date",
			reason: "a byline line that carries the date is a dateline",
			in:     "Council told to improve\n\nBy Jo Bloggs, 5 March 2024\n\nThe council was inspected in January.",
			want:   []string{`published 2024-03-05 "5 March 2024"`, `inspection 2024-01 "January"`},
		},

		// Roles.
		{
			name:   "previous grade's year",
			reason: "the year of a previous grade is the previous inspection",
			in:     "The service was rated inadequate by Ofsted. It was previously rated good in 2019.",
			want:   []string{`previous_inspection 2019 "2019"`},
		},
		{
			name:   "last inspected",
			reason: "'was last inspected in' is the previous inspection",
			in:     "The trust was last inspected in September 2021.",
			want:   []string{`previous_inspection 2021-09 "September 2021"`},
		},
		{
			name:   "since the last inspection",
			reason: "'since the last inspection in 2012' is the previous inspection",
			in:     "The report said services had deteriorated since the last inspection in 2012.",
			want:   []string{`previous_inspection 2012 "2012"`},
		},
		{
			name:   "last year is not an earlier inspection",
			reason: "the 'last' of 'Last year' dates the visit; it does not make it an earlier one",
			in:     "Last year inspectors visited the school in March 2023.",
			ref:    "2024-06-01",
			want:   []string{`other 2023 "Last year"`, `inspection 2023-03 "March 2023"`},
		},
		{
			name:   "not inspected since",
			reason: "'not been inspected since 2010' dates the previous inspection",
			in:     "The academy had not been inspected since 2010.",
			want:   []string{`previous_inspection 2010 "2010"`},
		},
		{
			name:   "a social worker's visit",
			reason: "a visit is the inspection only where the paragraph speaks of inspectors or an inspection",
			in:     "Social workers visited the family on 4 March 2024.",
			want:   []string{`other 2024-03-04 "4 March 2024"`},
		},
		{
			name:   "a visit by inspectors",
			reason: "the same visit with inspectors in the paragraph is the inspection",
			in:     "Ofsted inspectors looked at the front door. They visited on 4 March 2024.",
			want:   []string{`inspection 2024-03-04 "4 March 2024"`},
		},
		{
			name:   "inspection label without colon",
			reason: "a short header line 'Inspection 4 March 2024' labels the visit",
			in:     "Inspection 4 March 2024",
			want:   []string{`inspection 2024-03-04 "4 March 2024"`},
		},
		{
			name:   "label word opening a sentence",
			reason: "'Published on 4 March 2024, the strategy …' is a sentence, not a header",
			in:     "Published on 4 March 2024, the council's new strategy for children's services sets out how it will recruit and keep social workers over the next five years.",
			want:   []string{`other 2024-03-04 "4 March 2024"`},
		},
		{
			name:   "ordinal day range",
			reason: "'5th-7th March 2024' is a range",
			in:     "Inspectors visited the college on 5th-7th March 2024.",
			want:   []string{`inspection 2024-03-05/2024-03-07 "5th-7th March 2024"`},
		},
		{
			name:   "appointment is another event",
			reason: "an appointment beside an inspection is not the inspection",
			in:     "The director, who was appointed in August 2023, led the council through the inspection.",
			want:   []string{`other 2023-08 "August 2023"`},
		},
		{
			name:   "death is another event",
			reason: "a child's death is another event",
			in:     "Concerns were raised after the death of a baby in February 2022.",
			want:   []string{`other 2022-02 "February 2022"`},
		},
		{
			name:   "placement in a monitoring regime",
			reason: "being placed in Engage is not an inspection",
			in:     "The force was placed into Engage in September 2021.",
			want:   []string{`other 2021-09 "September 2021"`},
		},
		{
			name:   "earlier focused visit",
			reason: "a visit a year or more before another dated visit is an earlier one",
			in:     "After a focused visit in May 2022 found weaknesses, inspectors carried out a full inspection between 4 and 15 March 2024.",
			want:   []string{`other 2022-05 "May 2022"`, `inspection 2024-03-04/2024-03-15 "4 and 15 March 2024"`},
		},
		{
			name:   "one inspection date",
			reason: "only the first visit keeps the inspection role",
			in:     "Inspectors visited in January 2024. A second school was visited in February 2024.",
			want:   []string{`inspection 2024-01 "January 2024"`, `other 2024-02 "February 2024"`},
		},
		{
			name:   "publication of something else",
			reason: "a plan published by the council is not the report's publication",
			in:     "The council published its recovery plan on 4 March 2024.",
			want:   []string{`other 2024-03-04 "4 March 2024"`},
		},
		{
			name:   "released from prison",
			reason: "'released from' is not a publication; inspectors examining is the visit",
			in:     "Inspectors examined the unit, which supervises people released from prison, between 3 and 14 July 2023.",
			want:   []string{`inspection 2023-07-03/2023-07-14 "3 and 14 July 2023"`},
		},
		{
			name:   "year describing a visit",
			reason: "'Ofsted's 2022 visit' alone does not date the inspection the text reports",
			in:     "Since Ofsted's 2022 visit the council has invested in its workforce.",
			want:   []string{`other 2022 "2022"`},
		},
		{
			name:   "published since a weekday",
			reason: "'published since Monday' is not a publication day",
			in:     "Friday 24 May 2024\n\nHere are the inspection reports published since Monday.",
			want:   []string{`published 2024-05-24 "Friday 24 May 2024"`, `other 2024-05-20 "Monday"`},
		},
		{
			name:   "month describing an inspection",
			reason: "'a November inspection' dates the visit; no year can be given",
			in:     "The regulator's verdict follows a November inspection of the wards.",
			want:   []string{`inspection --11 "November"`},
		},
		{
			name:   "fused day range after the month",
			reason: "'the March 9-10 inspection' is read as 9 to 10 March",
			in:     "Findings from the March 9-10 inspection were shared with parents.",
			want:   []string{`inspection --03-09/--03-10 "March 9-10"`},
		},
		{
			name:   "garbled day range",
			reason: "a flattened page fuses 7-8 into '0708'",
			in:     "Inspection dates 0708 February 2023\n\nThe school is good.",
			want:   []string{`inspection 2023-02-07/2023-02-08 "0708 February 2023"`},
		},
		{
			name:   "day list into a later month",
			reason: "'on 11, 12 May and 2 June 2021' starts on the first day",
			in:     "The trust was inspected on 11, 12 May and 2 June 2021.",
			want:   []string{`inspection 2021-05-11/2021-06-02 "11, 12 May and 2 June 2021"`},
		},
		{
			name:   "inspection after the date",
			reason: "a day range with the inspection named after it in the sentence",
			in:     "From 6 to 17 March 2023 a full inspection was held at the trust.",
			want:   []string{`inspection 2023-03-06/2023-03-17 "6 to 17 March 2023"`},
		},
		{
			name:   "previous with a year beats one without",
			reason: "'since a damning full inspection' is an earlier one; of two, the one with a year is kept",
			in:     "Inspectors returned for a monitoring visit, their first since a damning full inspection in June last year. The council had previously been judged inadequate in June 2022.",
			want:   []string{`other --06 "June last year"`, `previous_inspection 2022-06 "June 2022"`},
		},
		{
			name:   "date line before the inspection line",
			reason: "a CQC page puts the visit's date on its own line before 'During a routine inspection'",
			in:     "All inspections\n14 March 2021\nDuring a routine inspection\nAbout the service\nBrook View is a care home.",
			want:   []string{`inspection 2021-03-14 "14 March 2021"`},
		},
		{
			name:   "previous report's publication",
			reason: "'Rating at last inspection: Good (report published …)' dates the previous inspection",
			in:     "Overall rating: Requires improvement\nRating at last inspection: Good (report published 9 May 2019)",
			want:   []string{`previous_inspection 2019-05-09 "9 May 2019"`},
		},
		{
			name:   "list of previous inspections",
			reason: "a label heading a list of earlier inspection dates gives the latest",
			in:     "Inspection date: 12/03/2019\nPrevious inspection date 24/04/2011, 18/02/2016",
			want:   []string{`inspection 2019-03-12 "12/03/2019"`, `other 2011-04-24 "24/04/2011"`, `previous_inspection 2016-02-18 "18/02/2016"`},
		},
		{
			name:   "heading over links to earlier reports",
			reason: "under a short heading opening with 'Earlier', the latest of the dated report lines is the previous inspection, the order of the lines whatever",
			in:     "The nursery was rated good in May 2025.\n\nEarlier reports:\n\nInspection report 2014 - 5512\n\nInspection report 2019 - 8807\n\nInspection report 2009 - 1203",
			want:   []string{`other 2025-05 "May 2025"`, `other 2014 "2014"`, `previous_inspection 2019 "2019"`, `other 2009 "2009"`},
		},
		{
			name:   "list with the report given",
			reason: "a listed report of the year the text reports is that report, not the previous one",
			in:     "The nursery was rated good in May 2025.\n\nPast inspection reports:\n\nReport 2025 - 9911\n\nReport 2019 - 8807\n\nReport 2014 - 5512",
			want:   []string{`other 2025-05 "May 2025"`, `other 2025 "2025"`, `previous_inspection 2019 "2019"`, `other 2014 "2014"`},
		},
		{
			name:   "heading over earlier news",
			reason: "a list of dated lines under 'Previous posts' names no report or inspection: no previous inspection",
			in:     "The nursery was rated good in May 2025.\n\nPrevious posts:\n\nSummer fair 2024\n\nSports day 2023",
			want:   []string{`other 2025-05 "May 2025"`, `other 2024 "2024"`, `other 2023 "2023"`},
		},
		{
			name:   "inspection before a revisit",
			reason: "an inspection held months before the revisit the text reports is the previous inspection",
			in:     "Ofsted published its letter after the revisit on 3 - 5 March 2024. It found progress on the weaknesses identified at the SEND inspection held in May 2021.",
			want:   []string{`inspection 2024-03-03/2024-03-05 "3 - 5 March 2024"`, `previous_inspection 2021-05 "May 2021"`},
		},
		{
			name:   "inspection carried out before a revisit",
			reason: "an inspection word as the subject of 'carried out' makes the earlier date an inspection's, the previous one",
			in:     "Inspectors came back to the area on 3 - 5 March 2024. The weaknesses date from the inspection carried out in May 2021.",
			want:   []string{`inspection 2024-03-03/2024-03-05 "3 - 5 March 2024"`, `previous_inspection 2021-05 "May 2021"`},
		},
		{
			name:   "year first, then a turn to now",
			reason: "'In 2016 … was told it was inadequate; … now': the grade given with the year alone is the previous one, and its year the previous inspection",
			in:     "The academy has been rated good by Ofsted. In 2016 the academy was told it was inadequate, yet today it has turned a corner.",
			want:   []string{`previous_inspection 2016 "2016"`},
		},
		{
			name:   "year first, no turn to now",
			reason: "without a contrast to now, a grade with the only year of the text is still the news",
			in:     "In 2016 the academy was told it needed improvement by Ofsted.",
			want:   []string{`other 2016 "2016"`},
		},
		{
			name:   "the start of a month",
			reason: "'at the start of February' is a time, not an event that starts: the inspection team's visit",
			in:     "Ofsted rated the school good after the inspection team came in at the start of February.",
			want:   []string{`inspection --02 "February"`},
		},
		{
			name:   "monitoring inspection before a full one",
			reason: "a monitoring inspection gives no grade: months before the full inspection, it is no previous inspection",
			in:     "After a monitoring inspection in May 2022 found weaknesses, inspectors carried out a full inspection in March 2024.",
			want:   []string{`other 2022-05 "May 2022"`, `inspection 2024-03 "March 2024"`},
		},
		{
			name:   "label on the line above",
			reason: "a line that is only a label labels the date that opens the next line",
			in:     "Inspection report\n\nDate of publication\n\nTuesday, 4 June 2024\n\nThe home was rated good.",
			want:   []string{`published 2024-06-04 "Tuesday, 4 June 2024"`},
		},
		{
			name:   "label above, not alone",
			reason: "a sentence above is no label, though it ends with label words",
			in:     "Here is the date of publication\n\nTuesday, 4 June 2024 was a busy day for the staff, who moved the whole nursery into the new building across the road.",
			want:   []string{`other 2024-06-04 "Tuesday, 4 June 2024"`},
		},
		{
			name:   "two days each with its weekday",
			reason: "'Monday 3rd and Tuesday 4th March' is one range; a future word before a comma belongs to another clause",
			in:     "As you will know, on Monday 3rd and Tuesday 4th March 2025, Ofsted inspected the school.",
			want:   []string{`inspection 2025-03-03/2025-03-04 "Monday 3rd and Tuesday 4th March 2025"`},
		},
		{
			name:   "year of a statute's title",
			reason: "a year after 'Regulations' is part of the name",
			in:     "Ofsted inspected the nursery under the Childcare (Inspection) Regulations 2008.",
			want:   []string{},
		},
		{
			name:   "month under a grade heading",
			reason: "a date alone on the line under 'inspectorate and grade' is the inspection's",
			in:     "Ofsted - Outstanding\nMay 2023\nChildren are happy here.",
			want:   []string{`inspection 2023-05 "May 2023"`},
		},
		{
			name:   "month under a plain heading",
			reason: "under a heading with no grade, a date alone has no role",
			in:     "Our nursery news\nMay 2023\nChildren are happy here.",
			want:   []string{`other 2023-05 "May 2023"`},
		},
		{
			name:   "future inspection",
			reason: "an inspection expected next year is not the one reported",
			in:     "Inspectors will return for a full inspection, expected next year.",
			ref:    "2024-10-17",
			want:   []string{`other 2025 "next year"`},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := readDates(t, tc.in, tc.ref); !slices.Equal(got, tc.want) {
				t.Errorf("%s\ndates(%q) = %v; want %v", tc.reason, tc.in, got, tc.want)
			}
		})
	}
}
