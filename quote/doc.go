// Package quote finds quotations in a [text.Document] and the cues that attribute
// them: speech verbs, colons, "according to".
package quote
