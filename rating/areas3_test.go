package rating_test

import (
	"slices"
	"testing"
)

// TestAreaShapes covers how real coverage names the areas of grades (issue 12, round
// 3), each in a sentence written for this test, with the judgements it gives and why.
func TestAreaShapes(t *testing.T) {
	for _, tc := range []struct {
		name, reason, in string
		want             []string
	}{
		{"an area with its own verb and grade", "an area followed by its own verb and grade is not the earlier grade's",
			"Tallow Brook earned 'outstanding' from Ofsted across three areas out of four, with just its 'personal development' graded 'good'.",
			[]string{"current personal development good"}},
		{"two areas each with a grade", "the second area, with its own verb, is not in the first grade's list",
			"The CQC rated Orchard Lane Surgery outstanding for caring, and responsive was rated good.",
			[]string{"current caring outstanding", "current responsive good"}},
		{"good at an activity area", "'good at' and an area that is an activity is a grade, with no rating verb",
			"After the HMICFRS visit Brenmoor's commissioner told councillors that officers were good at preventing crime.",
			[]string{"current preventing crime good"}},
		{"good at a one-word activity", "'good at teaching' is praise, not an area's grade",
			"Parents told Ofsted the school is good at teaching.",
			nil},
		{"PEEL questions named apart", "coverage lists the effectiveness questions one by one",
			"HMICFRS graded Brenmoor Police good at reducing crime, protecting vulnerable people and keeping people safe.",
			[]string{"current reducing crime good", "current protecting vulnerable people good", "current keeping people safe good"}},
		{"treating the public and its workforce", "the legitimacy pillar in the reports' words, not the workforce question",
			"HMICFRS judged Brenmoor Police 'good' at treating the public and its workforce fairly.",
			[]string{"current legitimacy good"}},
		{"fire inspection question", "a fire and rescue service's graded question",
			"HMICFRS rated Dunmere Fire and Rescue Service good for responding to fires, but it must improve elsewhere.",
			[]string{"current responding to fires good"}},
		{"fronted in", "an area put first, for the sentence's grade",
			"In its use of resources the Hallam Vale trust was judged 'inadequate' by the CQC.",
			[]string{"current use of resources inadequate"}},
		{"fronted for, Estyn", "an Estyn indicator put first",
			"Estyn visited Ysgol Bryn Eithin in March. For wellbeing the school was graded 'excellent' because pupils work on their own so well.",
			[]string{"current wellbeing excellent"}},
		{"fronted overall", "'Overall,' opening a sentence names the overall judgement",
			"Overall, the CQC rated the Hallam Vale trust as requiring improvement.",
			[]string{"current overall requires improvement"}},
		{"rating for whether", "the area a rating noun is for, as the predicate of 'whether'",
			"The CQC said its rating for whether the children's wards are safe went up to 'good' from 'inadequate'.",
			[]string{"current safe good", "previous safe inadequate"}},
		{"a core service rated overall", "a core service 'rated good overall' is the service's overall, not the trust's",
			"The CQC found maternity services at Hallam General now rated good overall.",
			[]string{"current maternity services good"}},
		{"core service by another name", "each way of naming a core service is kept as written",
			"The CQC rated urgent and emergency care at Hallam General as inadequate.",
			[]string{"current urgent and emergency care inadequate"}},
		{"behaviours and attitudes", "the EIF area with a plural",
			"Ofsted graded Tallow Brook School 'outstanding' in behaviours and attitudes.",
			[]string{"current behaviour and attitudes outstanding"}},
		{"a body's own count", "'its two hospitals' are the trust's, no statistic of many bodies",
			"The CQC rated the Hallam Vale trust as requiring improvement after visiting its two hospitals.",
			[]string{"current overall requires improvement"}},
		{"a service's overall, then another service", "the service's 'overall' is no area of the next grade",
			"Maternity services at Hallam General are now rated good overall by the CQC, and critical care was rated outstanding.",
			[]string{"current maternity services good", "current critical care outstanding"}},
		{"not changed", "a grade said not to have changed is the current and the previous one",
			"After a second visit the CQC did not alter the 'inadequate' rating it gave Hallam Vale.",
			[]string{"current overall inadequate", "previous overall inadequate"}},
		{"not rated", "a plain negation stays no judgement",
			"The CQC has not rated the Hallam Vale trust inadequate.",
			nil},
		{"an area as a modifier", "'safeguarding and child protection lapses' names no graded area",
			"Ofsted rated Larchfield Children's Home inadequate in every respect, citing safeguarding and child protection lapses.",
			[]string{"current overall inadequate"}},
		{"an area before provider", "an 'inadequate' apprenticeship provider is graded overall, not for apprenticeships",
			"An 'inadequate' apprenticeship provider in Dunmere has lost its contracts after the Ofsted visit.",
			[]string{"current overall inadequate"}},
		{"childcare summary judgement", "the 2005-08 childcare reports' summary is also their overall grade",
			"Ofsted inspected Little Acorns Nursery: in its view the quality and standards of the care were satisfactory.",
			[]string{"current quality and standards of the care satisfactory", "current overall satisfactory"}},
		{"had in a reported finding", "'the report said X had outstanding ratings' is the present backshifted",
			"Ofsted's report said the Harrowby service had 'outstanding' ratings for help and protection and for the impact of leaders.",
			[]string{"current help and protection outstanding", "current impact of leaders outstanding"}},
		{"had, not reported", "'had' a grade with no reporting verb is an earlier one",
			"In 2015 Ofsted rated the school good. Before that the school had a good rating for years.",
			[]string{"current overall good", "previous overall good"}},
		{"probation standard", "a youth justice service's graded standard",
			"HM Inspectorate of Probation rated the Dunmere team's partnerships and services as 'good'.",
			[]string{"current partnerships and services good"}},
		{"the quality of an area, with an aside", "'the quality of' before the area that opens the clause",
			"HM Inspectorate of Probation inspected Dunmere. The quality of its resettlement work - housing and jobs for those leaving custody - was judged 'inadequate'.",
			[]string{"current resettlement work inadequate"}},
		{"2009-12 safeguarding inspections", "the two services that framework graded, named as written",
			"Ofsted judged Fenbury's safeguarding services adequate and its services for looked after children good.",
			[]string{"current safeguarding services adequate", "current services for looked after children good"}},
		{"judged the same", "an area said to share the grade before it",
			"The Care Inspectorate graded the quality of staffing at the home as weak, and the quality of management was judged the same.",
			[]string{"current quality of staffing weak", "current quality of management and leadership weak"}},
		{"at that level", "areas put at the level of the grade before",
			"The Care Inspectorate graded the home's staffing as 'adequate', with its setting and leadership also put at that level.",
			[]string{"current staff team adequate", "current setting adequate", "current leadership adequate"}},
		{"the same grade as a year", "'the same grade as in 2019' names no area",
			"Ofsted rated the school good, the same grade as in 2019.",
			[]string{"current overall good"}},
		{"children's experience in care", "the ILACS area as coverage words it",
			"Ofsted judged children's experiences in care at Harrowby to be outstanding.",
			[]string{"current children in care outstanding"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := judgements(tc.in); !slices.Equal(got, tc.want) {
				t.Errorf("%s (%s):\n got %q\nwant %q", tc.in, tc.reason, got, tc.want)
			}
		})
	}
}
