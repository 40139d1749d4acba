package main

import (
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/verdictnlp/verdict/extract"
	"github.com/verdictnlp/verdict/rating"
)

// The tables' headers, before the count column.
const (
	judgementHeader = "inspectorate,scale,area,time,grade,year"
	themeHeader     = "inspectorate,theme"
)

// unthemed is the theme of a failure finding that has none.
const unthemed = "unthemed"

// judgementRow is the CSV row that a judgement is counted under.
func judgementRow(rep *extract.Report, j rating.Judgement) string {
	return csvRow(inspectorate(rep), j.Scale.String(), j.Area, j.Time.String(), j.Grade.String(), judgementYear(rep, j))
}

// themeRow is the CSV row that a failure finding is counted under.
func themeRow(rep *extract.Report, f extract.Finding) string {
	return csvRow(inspectorate(rep), themeOf(f))
}

func inspectorate(rep *extract.Report) string {
	if rep.Inspectorate == nil {
		return ""
	}
	return rep.Inspectorate.Name.String()
}

// judgementYear is the year a judgement was given: the one the text gives for a
// previous judgement, and for the current one the year of the inspection, else of the
// publication. It is "" when the text gives no year.
func judgementYear(rep *extract.Report, j rating.Judgement) string {
	if j.Year != nil {
		return strconv.Itoa(*j.Year)
	}
	if j.Time != rating.Current {
		return ""
	}
	for _, role := range []extract.DateRole{extract.InspectionDate, extract.PublishedDate} {
		if y := yearOf(rep.Dates, role); y != "" {
			return y
		}
	}
	return ""
}

// yearOf is the year of the first date with the role whose year is known.
func yearOf(dates []extract.Date, role extract.DateRole) string {
	for _, d := range dates {
		if d.Role == role && !strings.HasPrefix(d.Value, "-") && len(d.Value) >= 4 {
			return d.Value[:4]
		}
	}
	return ""
}

// themeOf is a finding's theme, read from its JSON form so that this program builds
// whether or not the library's Finding has a Theme; "unthemed" when it has none.
func themeOf(f extract.Finding) string {
	b, err := json.Marshal(f)
	if err != nil {
		return unthemed
	}
	var t struct {
		Theme string `json:"theme"`
	}
	if json.Unmarshal(b, &t) != nil || t.Theme == "" {
		return unthemed
	}
	return t.Theme
}

// csvRow joins fields as one RFC 4180 row, without the line end.
func csvRow(fields ...string) string {
	var b strings.Builder
	w := csv.NewWriter(&b)
	w.Write(fields) // a strings.Builder cannot fail
	w.Flush()
	return strings.TrimSuffix(b.String(), "\n")
}

// formatCount appends a row's count as its last column.
func formatCount(row string, n int) string {
	return row + "," + strconv.Itoa(n)
}
