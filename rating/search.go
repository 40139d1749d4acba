package rating

import "sort"

// firstAfter returns the index of the first of ms, which are in position order, that
// starts after p (len(ms) if none). A search, where a scan per grade would make a long
// text with many grades cost the square of its length.
func firstAfter(ms []InspectorateMention, p int) int {
	return sort.Search(len(ms), func(i int) bool { return ms[i].Range.Start > p })
}
