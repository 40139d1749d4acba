package dates

import "strings"

// chooseDateRoles keeps one date per role: the candidate of the highest class, the first on
// a tie, and of the dates that say the same, the first. The rest are other dates.
func chooseDateRoles(ms []Mention) {
	for i := range ms {
		ms[i].role = OtherDate
	}
	dropEarlierVisits(ms)
	for _, role := range []Role{InspectionDate, PublishedDate, PreviousInspectionDate} {
		best := -1
		for i := range ms {
			if ms[i].ok && ms[i].candidate == role && (best < 0 || ms[i].class > ms[best].class || ms[i].class == ms[best].class && role == PreviousInspectionDate && yearBeats(&ms[i], &ms[best])) {
				best = i
			}
		}
		if best < 0 {
			continue
		}
		for i := 0; i <= best; i++ {
			if ms[i].ok && ms[i].candidate == role && ms[i].value == ms[best].value && ms[i].endValue == ms[best].endValue {
				ms[i].role = role
				break
			}
		}
	}
}

// yearBeats reports a previous inspection's date with a year where the one before of
// the same class has none: "a damning full inspection in June last year" (no year to place it) gives
// way to "had previously been judged inadequate in June 2022".
func yearBeats(m, best *Mention) bool {
	return strings.HasPrefix(best.value, "--") && !strings.HasPrefix(m.value, "--")
}

// dateVisitGap is how many months before another dated visit a visit must end to be an
// earlier one.
const dateVisitGap = 6

// dropEarlierVisits takes the inspection role from a visit that ended months before
// another the text dates: "after a focused visit in May 2022 found weaknesses, inspectors
// carried out a full inspection in March 2024" reports the March inspection. The latest
// such date that an inspection word gave its role (not a visit, not a monitoring
// inspection) becomes a candidate for the previous inspection, below any the cues give.
func dropEarlierVisits(ms []Mention) {
	// Each date as the months it may cover: a year covers twelve.
	months := func(m *Mention) (lo, hi int) {
		first, last := m.startRes, m.startRes
		if m.isRange {
			last = m.endRes
		}
		if first.y == 0 || last.y == 0 {
			return -1, -1
		}
		lo, hi = first.y*12, last.y*12+11
		if first.m > 0 {
			lo = first.y*12 + first.m - 1
		}
		if last.m > 0 {
			hi = last.y*12 + last.m - 1
		}
		return lo, hi
	}
	latest := -1
	for i := range ms {
		if m := &ms[i]; m.ok && m.candidate == InspectionDate && m.class == dateClassBody {
			lo, _ := months(m)
			latest = max(latest, lo)
		}
	}
	earlier := -1 // the latest graded inspection of those dropped
	for i := range ms {
		if m := &ms[i]; m.ok && m.candidate == InspectionDate && m.class == dateClassBody {
			if _, hi := months(m); hi >= 0 && hi+dateVisitGap <= latest {
				m.candidate = OtherDate
				if m.graded && (earlier < 0 || pointAfter(m.startRes, ms[earlier].startRes)) {
					earlier = i
				}
			}
		}
	}
	if earlier >= 0 {
		// "after the revisit of March 2024 … weaknesses found at the full inspection of May 2021":
		// the inspection the revisit followed is the previous one, as a last resort.
		ms[earlier].candidate, ms[earlier].class = PreviousInspectionDate, dateClassNone
	}
}
