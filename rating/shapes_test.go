package rating_test

import (
	"slices"
	"testing"
)

// TestFindShapes covers the shapes of real coverage (issue 12), each in a sentence
// written for this test, with the judgements it gives and why.
func TestFindShapes(t *testing.T) {
	for _, tc := range []struct {
		name, reason, in string
		want             []string
	}{
		{"special measures implies inadequate", "only an inadequate school is put in special measures",
			"Ofsted has placed Fernlea Academy in special measures.",
			[]string{"current category special measures", "current overall inadequate"}},
		{"an overall grade given beside the category", "no second overall grade",
			"Ofsted rated Fernlea Academy inadequate and placed it in special measures.",
			[]string{"current overall inadequate", "current category special measures"}},
		{"serious weaknesses found", "coverage uses the words loosely of findings",
			"An Ofsted inspection of the council's SEND services found serious weaknesses.",
			[]string{"current category serious weaknesses"}},
		{"again", "a grade said again repeats the previous one",
			"Ofsted has again rated Wickham Vale College as requiring improvement.",
			[]string{"current overall requires improvement", "previous overall requires improvement"}},
		{"retained", "keeping a grade repeats it",
			"Kestrel Heath Academy has retained its 'good' rating from Ofsted.",
			[]string{"current overall good", "previous overall good"}},
		{"successive", "an ordinal run of inspections",
			"The trust was judged to require improvement by the CQC at a third successive inspection.",
			[]string{"current overall requires improvement", "previous overall requires improvement"}},
		{"repeat with its own previous", "a previous grade the text gives wins",
			"Ofsted rated the school good again in 2024; it was rated good in 2019.",
			[]string{"current overall good", "previous overall good 2019"}},
		{"no repeat", "a plain current grade has no previous",
			"Ofsted has rated Wickham Vale College good.",
			[]string{"current overall good"}},
		{"the month May", "May after a preposition is the month, not a modal",
			"Tollbridge Nursery was rated good by Ofsted in May.",
			[]string{"current overall good"}},
		{"the modal may", "a modal after the grade is a generic statement",
			"A school rated outstanding may go years without a visit.",
			nil},
		{"down from", "the earlier grade after from, an article and the inspectorate",
			"Inspectors moved the academy down from an Ofsted overall 'outstanding' to 'good'.",
			[]string{"previous overall outstanding", "current overall good"}},
		{"all areas", "a grade for every area is the overall grade",
			"Ofsted said the council requires improvement in all areas of its children's services.",
			[]string{"current overall requires improvement"}},
		{"all but one", "a grade for some areas is no overall grade",
			"Ofsted rated the home good in all but one area.",
			nil},
		{"once again", "'once again' is this inspection, repeated",
			"Children's services were once again branded inadequate by Ofsted.",
			[]string{"current overall inadequate", "previous overall inadequate"}},
		{"has had", "'has had' is the present perfect, not an earlier grade",
			"Ofsted says the college has had its third consecutive 'requires improvement' rating.",
			[]string{"current overall requires improvement", "previous overall requires improvement"}},
		{"section 5 areas", "the 2012-15 framework's areas, as coverage words them",
			"Ofsted judged the quality of teaching to require improvement, and behaviour and safety of pupils was judged good.",
			[]string{"current quality of teaching requires improvement", "current behaviour and safety of pupils good"}},
		{"PEEL pillar wording", "the pillars by the reports' descriptive wording",
			"HMIC judged Fenshire Police 'good' at effectively reducing crime and keeping people safe.",
			[]string{"current effectiveness good"}},
		{"Care Inspectorate themes", "the quality themes before 2018",
			"The Care Inspectorate graded the quality of staffing as adequate.",
			[]string{"current quality of staffing adequate"}},
		{"list below a colon", "areas listed one to a line under the grade's sentence",
			"Ofsted found Pennyfield Academy \"inadequate\" in the following areas:\n- Outcomes for pupils\n- Early years provision\nThe head has resigned.",
			[]string{"current outcomes inadequate", "current early years provision inadequate"}},
		{"with regard to whether", "the CQC's key questions after 'with regard to whether'",
			"The CQC rated Kestrel Surgery outstanding with regard to whether services were safe and caring.",
			[]string{"current safe outstanding", "current caring outstanding"}},
		{"earlier inspection far before", "an earlier inspection as the clause's subject, across an aside",
			"A previous inspection in May 2021 found the home - which cares for up to four children who have complex needs - to be outstanding overall.",
			[]string{"previous overall outstanding 2021"}},
		{"since the last inspection", "'since' dates a change, not the grade",
			"Since the last inspection the home has become outstanding, Ofsted said.",
			[]string{"current overall outstanding"}},
		{"a year after", "a grade a year before the news is the previous one",
			"The home was judged inadequate by Ofsted less than a year after inspectors rated it outstanding.",
			[]string{"current overall inadequate", "previous overall outstanding"}},
		{"since the last inspection, when", "a when-clause after 'since the last inspection' gives its grade",
			"Since the last inspection in 2022, when services were judged to require improvement, leaders have improved practice, Ofsted said.",
			[]string{"previous overall requires improvement 2022"}},
		{"ISI outcome", "an ISI educational quality outcome, with no overall grade",
			"The ISI found that the quality of the pupils' personal development is excellent.",
			[]string{"current personal development excellent"}},
		{"Estyn summary judgement", "Estyn's judgements before 2017",
			"Estyn judged the school's current performance to be good.",
			[]string{"current current performance good"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := judgements(tc.in); !slices.Equal(got, tc.want) {
				t.Errorf("%s (%s):\n got %q\nwant %q", tc.in, tc.reason, got, tc.want)
			}
		})
	}
}
