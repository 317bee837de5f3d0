package typesystem

import (
	"fmt"
	"regexp"
	"strings"
)

// posixClasses maps Java's \p{…} POSIX class names to RE2 classes.
var posixClasses = map[string]string{
	"Lower": "[:lower:]", "Upper": "[:upper:]", "ASCII": `\x00-\x7F`, "Alpha": "[:alpha:]",
	"Digit": "[:digit:]", "Alnum": "[:alnum:]", "Punct": "[:punct:]", "Graph": "[:graph:]",
	"Print": "[:print:]", "Blank": "[:blank:]", "Cntrl": "[:cntrl:]", "XDigit": "[:xdigit:]",
	"Space": "[:space:]",
}

// horizontalSpace is the body of the class Java's \h matches.
const horizontalSpace = `\t \x{A0}\x{1680}\x{180E}\x{2000}-\x{200A}\x{202F}\x{205F}\x{3000}`

// CompileJavaRegex compiles a Java regular expression for a whole-string
// match, as Java's String.matches does. Go's regexp package implements RE2,
// so the pattern is translated first: \Q…\E quoting, the POSIX classes
// \p{Lower} and friends, \h, \R and \Z are rewritten, and the Java-only flags
// u, U and d, which RE2 lacks or reads differently, are dropped. Constructs
// RE2 cannot express (lookaround, backreferences, atomic groups, possessive
// quantifiers, class intersections and the x flag) make it fail with an
// error that names the construct.
func CompileJavaRegex(pattern string) (*regexp.Regexp, error) {
	translated, err := translateJavaRegex(pattern)
	if err != nil {
		return nil, fmt.Errorf("regular expression %q: %w", pattern, err)
	}
	re, err := regexp.Compile(`\A(?:` + translated + `)\z`)
	if err != nil {
		return nil, fmt.Errorf("regular expression %q: %w", pattern, err)
	}
	return re, nil
}

// compilePatternParameter compiles a Java regular expression given as a
// request parameter, failing with InvalidParameter.
func compilePatternParameter(pattern, parameterName string) (*regexp.Regexp, error) {
	if pattern == "" {
		return nil, NewError(KindInvalidParameter, parameterName, "the %s parameter is empty; supply a Java regular expression", parameterName)
	}
	re, err := CompileJavaRegex(pattern)
	if err != nil {
		return nil, WrapError(KindInvalidParameter, err, parameterName, "the %s parameter %q is not a regular expression this repository can run; use Java syntax without lookaround, backreferences or possessive quantifiers", parameterName, pattern)
	}
	return re, nil
}

func translateJavaRegex(p string) (string, error) {
	var b strings.Builder
	inClass := false
	// afterQuantifier is true right after an unescaped quantifier outside a
	// class, where a '+' makes the quantifier possessive.
	afterQuantifier := false
	for i := 0; i < len(p); {
		c := p[i]
		quantifier := false
		switch {
		case c == '\\' && i+1 < len(p):
			n, err := translateEscape(&b, p, i, inClass)
			if err != nil {
				return "", err
			}
			i = n
			afterQuantifier = false
			continue
		case inClass && c == ']':
			inClass = false
		case inClass && strings.HasPrefix(p[i:], "&&"):
			return "", fmt.Errorf("character class intersection && is not supported")
		case inClass:
		case c == '[':
			i = openClass(&b, p, i)
			inClass = true
			afterQuantifier = false
			continue
		case c == '(' && strings.HasPrefix(p[i:], "(?"):
			n, err := translateGroup(&b, p, i)
			if err != nil {
				return "", err
			}
			i = n
			afterQuantifier = false
			continue
		case c == '+' && afterQuantifier:
			return "", fmt.Errorf("possessive quantifier at offset %d is not supported", i-1)
		case c == '*', c == '+', c == '?', c == '}':
			quantifier = c != '?' || !afterQuantifier
		}
		b.WriteByte(c)
		afterQuantifier = quantifier
		i++
	}
	return b.String(), nil
}

// openClass writes the opening of the character class at p[i] and returns
// the index after it. A ']' right after '[' or '[^' is a literal in both
// syntaxes, so it is copied here rather than read as the end of the class.
func openClass(b *strings.Builder, p string, i int) int {
	b.WriteByte('[')
	i++
	if strings.HasPrefix(p[i:], "^") {
		b.WriteByte('^')
		i++
	}
	if strings.HasPrefix(p[i:], "]") {
		b.WriteByte(']')
		i++
	}
	return i
}

// translateEscape writes the RE2 form of the escape at p[i] and returns the
// index after it.
func translateEscape(b *strings.Builder, p string, i int, inClass bool) (int, error) {
	n := p[i+1]
	switch {
	case n == 'Q':
		rest := p[i+2:]
		end := strings.Index(rest, `\E`)
		if end < 0 {
			b.WriteString(regexp.QuoteMeta(rest))
			return len(p), nil
		}
		b.WriteString(regexp.QuoteMeta(rest[:end]))
		return i + 2 + end + 2, nil
	case n == 'E':
		return i + 2, nil
	case (n == 'p' || n == 'P') && strings.HasPrefix(p[i+2:], "{"):
		end := strings.IndexByte(p[i+2:], '}')
		if end < 0 {
			return 0, fmt.Errorf("unterminated \\%c{ at offset %d", n, i)
		}
		name := p[i+3 : i+2+end]
		writeProperty(b, n == 'P', name, inClass)
		return i + 3 + end, nil
	case n == 'h':
		if inClass {
			b.WriteString(horizontalSpace)
		} else {
			b.WriteString("[" + horizontalSpace + "]")
		}
		return i + 2, nil
	case n == 'R' && !inClass:
		b.WriteString(`(?:\r\n|[\n\x0B\f\r\x{85}\x{2028}\x{2029}])`)
		return i + 2, nil
	case n == 'Z' && !inClass:
		b.WriteString(`(?:\n?\z)`)
		return i + 2, nil
	case n >= '1' && n <= '9', n == 'k':
		return 0, fmt.Errorf("backreference \\%c at offset %d is not supported", n, i)
	case n == 'G':
		return 0, fmt.Errorf("\\G at offset %d is not supported", i)
	}
	b.WriteString(p[i : i+2])
	return i + 2, nil
}

// writeProperty writes a Unicode or POSIX property class. Java's POSIX names
// become RE2 POSIX classes, and script names such as "IsLatin" lose their
// "Is" prefix. Other names pass through unchanged, and RE2 rejects those it
// lacks.
func writeProperty(b *strings.Builder, negated bool, name string, inClass bool) {
	if posix, ok := posixClasses[name]; ok {
		switch {
		case inClass && !negated:
			b.WriteString(posix)
		case negated:
			b.WriteString("[^" + posix + "]")
		default:
			b.WriteString("[" + posix + "]")
		}
		return
	}
	name = strings.TrimPrefix(name, "Is")
	if negated {
		b.WriteString(`\P{` + name + `}`)
		return
	}
	b.WriteString(`\p{` + name + `}`)
}

// translateGroup handles a "(?" group opening at p[i] and returns the index
// after the part it consumed.
func translateGroup(b *strings.Builder, p string, i int) (int, error) {
	rest := p[i+2:]
	for _, prefix := range []string{"=", "!", "<=", "<!", ">"} {
		if strings.HasPrefix(rest, prefix) {
			return 0, fmt.Errorf("group (?%s at offset %d is not supported: RE2 has no lookaround or atomic groups", prefix, i)
		}
	}
	if strings.HasPrefix(rest, "<") || strings.HasPrefix(rest, "P<") || strings.HasPrefix(rest, ":") {
		b.WriteString("(?")
		return i + 2, nil
	}

	// A flag group such as (?i), (?iu-s) or (?i:…).
	end := strings.IndexAny(rest, ":)")
	if end < 0 {
		return 0, fmt.Errorf("unterminated group at offset %d", i)
	}
	var flags strings.Builder
	for _, f := range rest[:end] {
		switch f {
		case 'i', 'm', 's', '-':
			flags.WriteRune(f)
		case 'u', 'U', 'd':
			// Java-only flags without an RE2 counterpart that changes the
			// meaning of an ASCII pattern; RE2 case folding is always
			// Unicode-aware.
		case 'x':
			return 0, fmt.Errorf("flag x (comments) at offset %d is not supported", i)
		default:
			return 0, fmt.Errorf("unknown flag %q at offset %d", f, i)
		}
	}
	f := strings.TrimSuffix(flags.String(), "-")
	if f == "" && rest[end] == ')' {
		return i + 2 + end + 1, nil
	}
	if f == "" {
		b.WriteString("(?:")
	} else {
		b.WriteString("(?" + f + string(rest[end]))
	}
	return i + 2 + end + 1, nil
}
