package typesystem

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestCompileJavaRegexMatches(t *testing.T) {
	tests := []struct {
		name    string
		pattern string
		matches []string
		misses  []string
	}{
		{"whole string", "abc", []string{"abc"}, []string{"xabc", "abcx", "ab"}},
		{"alternation is whole string too", "a|b", []string{"a", "b"}, []string{"ab", "xa"}},
		{"quoted literal", `\Qa.b*c\E`, []string{"a.b*c"}, []string{"axbbc"}},
		{"quoted starts with", `\Qsales\E.*`, []string{"sales", "sales-db"}, []string{"my sales"}},
		{"quoted contains", `.*\Qsales\E.*`, []string{"my sales db"}, []string{"sale"}},
		{"unterminated quote", `\Q(x`, []string{"(x"}, []string{"x"}},
		{"case insensitive flag", "(?i)asset", []string{"Asset", "ASSET"}, []string{"Assets"}},
		{"unicode case flag dropped", "(?iu)asset", []string{"ASSET"}, nil},
		{"scoped flag group", "(?i:a)b", []string{"Ab"}, []string{"AB"}},
		{"posix class", `\p{Upper}\p{Lower}+`, []string{"Asset"}, []string{"asset"}},
		{"negated posix class", `\P{Digit}+`, []string{"abc"}, []string{"a1"}},
		{"posix class inside brackets", `[\p{Digit}x]+`, []string{"1x2"}, []string{"y"}},
		{"script name with Is", `\p{IsLatin}+`, []string{"abc"}, []string{"αβγ"}},
		{"horizontal space", `a\hb`, []string{"a b", "a\tb"}, []string{"a\nb"}},
		{"line break", `a\Rb`, []string{"a\r\nb", "a\nb"}, []string{"ab"}},
		{"end before final newline", `ab\Z`, []string{"ab", "ab\n"}, nil},
		{"named group", `(?<word>\w+)`, []string{"abc"}, []string{"a b"}},
		{"bracket with closing bracket first", `[]a]+`, []string{"]a"}, []string{"b"}},
		{"escaped plus after quantifier", `a*\+`, []string{"aa+"}, []string{"aa"}},
		{"lazy quantifier", `a+?b`, []string{"aab"}, nil},
		{"counted repetition", `a{2}b`, []string{"aab"}, []string{"ab"}},
		{"plus inside a class", `[*+]+`, []string{"*+"}, []string{"a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			re, err := CompileJavaRegex(tt.pattern)
			require.NoError(t, err)
			for _, s := range tt.matches {
				require.True(t, re.MatchString(s), "%q matches %q", tt.pattern, s)
			}
			for _, s := range tt.misses {
				require.False(t, re.MatchString(s), "%q does not match %q", tt.pattern, s)
			}
		})
	}
}

func TestCompileJavaRegexRejects(t *testing.T) {
	tests := []struct {
		name    string
		pattern string
		message string
	}{
		{"lookahead", "(?=a)a", "lookaround"},
		{"negative lookbehind", "(?<!a)b", "lookaround"},
		{"atomic group", "(?>ab)", "atomic"},
		{"backreference", `(a)\1`, "backreference"},
		{"named backreference", `(?<x>a)\k<x>`, "backreference"},
		{"possessive quantifier", "a++", "possessive"},
		{"possessive star", "a*+", "possessive"},
		{"possessive counted repetition", "a{2}+", "possessive"},
		{"class intersection", "[a-z&&[^b]]", "intersection"},
		{"comments flag", "(?x)a b", "flag x"},
		{"unbalanced", "(a", "missing closing )"},
		{"unknown property", `\p{Bogus}`, "Bogus"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := CompileJavaRegex(tt.pattern)
			require.Error(t, err)
			require.Contains(t, err.Error(), tt.message)
			require.Contains(t, err.Error(), strconv.Quote(tt.pattern))
		})
	}
}
