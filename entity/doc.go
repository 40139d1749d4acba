// Package entity finds people with their titles and roles, organisations, inspectorates
// and inspected bodies in a [text.Document].
package entity
