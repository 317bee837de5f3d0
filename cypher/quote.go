package cypher

import (
	"fmt"
	"strings"
)

// Quote returns name wrapped in backticks for use as a label, relationship
// type or property key in query text. It accepts only identifiers made of
// ASCII letters, digits and underscores that start with a letter or an
// underscore. Every OMRS type and attribute name in Egeria's types has that
// form, so no escaping is needed and nothing else can reach the query text.
func Quote(name string) (string, error) {
	if !IsPlainName(name) {
		return "", fmt.Errorf("invalid Cypher name %q: only letters, digits and underscores are allowed, starting with a letter or underscore", name)
	}
	return "`" + name + "`", nil
}

// IsPlainName reports whether name may be quoted by Quote.
func IsPlainName(name string) bool {
	if name == "" || len(name) > 200 {
		return false
	}
	for i, r := range name {
		switch {
		case r == '_', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case r >= '0' && r <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

// quoteAll quotes every name and joins them with sep.
func quoteAll(names []string, sep string) (string, error) {
	quoted := make([]string, 0, len(names))
	for _, name := range names {
		q, err := Quote(name)
		if err != nil {
			return "", err
		}
		quoted = append(quoted, q)
	}
	return strings.Join(quoted, sep), nil
}
