// Package rating knows the grading scales of the UK's inspectorates and finds the
// judgements a text gives: the grade, its scale, the area it is for, and whether it is
// the current outcome or an earlier one.
//
// Scales are typed values ([Scale], [Grade]); grades print and marshal as their
// canonical lower-case words ("requires improvement"), scales as identifiers ("ofsted").
package rating
