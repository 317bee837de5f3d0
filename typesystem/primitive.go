package typesystem

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// primitiveFromJSON converts a raw primitiveValue to the Go type its category
// uses. A value that does not fit the category is kept as decoded
// (json.Number, string, bool or a composite), so that validation can report
// it with the property name.
func primitiveFromJSON(category PrimitiveDefCategory, raw json.RawMessage) any {
	if isJSONNull(raw) {
		return nil
	}
	var decoded any
	if err := decodeWithNumbers(raw, &decoded); err != nil {
		return string(raw)
	}
	if value, err := normalizePrimitive(category, decoded); err == nil {
		return value
	}
	return decoded
}

// normalizePrimitive converts v to the Go type that category uses, or
// explains why it cannot. It accepts Go numbers, json.Number, strings, bools,
// Millis, time.Time and *big.Int where they make sense for the category.
func normalizePrimitive(category PrimitiveDefCategory, v any) (any, error) {
	switch category {
	case PrimitiveInt:
		return integerInRange(v, category, math.MinInt32, math.MaxInt32)
	case PrimitiveShort:
		return integerInRange(v, category, math.MinInt16, math.MaxInt16)
	case PrimitiveByte:
		return integerInRange(v, category, math.MinInt8, math.MaxInt8)
	case PrimitiveLong:
		return integerInRange(v, category, math.MinInt64, math.MaxInt64)
	case PrimitiveDate:
		return dateMillis(v)
	case PrimitiveFloat, PrimitiveDouble:
		return floatValue(v, category)
	case PrimitiveBigInteger:
		return bigIntegerText(v)
	case PrimitiveBigDecimal:
		return bigDecimalText(v)
	case PrimitiveString:
		if s, ok := v.(string); ok {
			return s, nil
		}
		return nil, fmt.Errorf("%s is not a JSON string", describeValue(v))
	case PrimitiveChar:
		if s, ok := v.(string); ok && utf8.RuneCountInString(s) == 1 {
			return s, nil
		}
		return nil, fmt.Errorf("%s is not a string of exactly one character", describeValue(v))
	case PrimitiveBoolean:
		if b, ok := v.(bool); ok {
			return b, nil
		}
		return nil, fmt.Errorf("%s is not a JSON boolean", describeValue(v))
	case PrimitiveUnknown:
		return unknownScalar(v)
	}
	return nil, fmt.Errorf("primitiveDefCategory %q is not a primitive category", category)
}

// integerOf converts any Go integer, an integral json.Number, Millis or a
// *big.Int that fits into an int64.
func integerOf(v any) (int64, bool) {
	switch x := v.(type) {
	case int:
		return int64(x), true
	case int8:
		return int64(x), true
	case int16:
		return int64(x), true
	case int32:
		return int64(x), true
	case int64:
		return x, true
	case uint8:
		return int64(x), true
	case uint16:
		return int64(x), true
	case uint32:
		return int64(x), true
	case uint:
		return int64(x), x <= math.MaxInt64
	case uint64:
		return int64(x), x <= math.MaxInt64
	case Millis:
		return int64(x), true
	case json.Number:
		n, err := strconv.ParseInt(string(x), 10, 64)
		return n, err == nil
	case *big.Int:
		if x != nil && x.IsInt64() {
			return x.Int64(), true
		}
	}
	return 0, false
}

func integerInRange(v any, category PrimitiveDefCategory, minimum, maximum int64) (any, error) {
	n, ok := integerOf(v)
	if !ok {
		return nil, fmt.Errorf("%s is not an integer", describeValue(v))
	}
	if n < minimum || n > maximum {
		return nil, fmt.Errorf("%d is outside the range of %s (%d to %d)", n, category, minimum, maximum)
	}
	return n, nil
}

// dateMillis accepts epoch milliseconds as an integer and, as a convenience
// for callers that are not Egeria, an ISO-8601 string or a time.Time.
func dateMillis(v any) (any, error) {
	if n, ok := integerOf(v); ok {
		return n, nil
	}
	switch x := v.(type) {
	case string:
		m, err := ParseMillis(x)
		if err != nil {
			return nil, err
		}
		return int64(m), nil
	case time.Time:
		return int64(MillisOf(x)), nil
	}
	return nil, fmt.Errorf("%s is not a date in epoch milliseconds", describeValue(v))
}

func floatValue(v any, category PrimitiveDefCategory) (any, error) {
	var f float64
	switch x := v.(type) {
	case float64:
		f = x
	case float32:
		f = float64(x)
	case json.Number:
		parsed, err := strconv.ParseFloat(string(x), 64)
		if err != nil {
			return nil, fmt.Errorf("%s is not a number that fits %s", describeValue(v), category)
		}
		f = parsed
	default:
		n, ok := integerOf(v)
		if !ok {
			return nil, fmt.Errorf("%s is not a number", describeValue(v))
		}
		f = float64(n)
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return nil, fmt.Errorf("%v cannot be written as JSON", f)
	}
	if category == PrimitiveFloat && math.Abs(f) > math.MaxFloat32 {
		return nil, fmt.Errorf("%v is outside the range of %s", f, category)
	}
	return f, nil
}

func bigIntegerText(v any) (any, error) {
	if n, ok := integerOf(v); ok {
		return json.Number(strconv.FormatInt(n, 10)), nil
	}
	var text string
	switch x := v.(type) {
	case *big.Int:
		if x == nil {
			return nil, fmt.Errorf("nil *big.Int is not an integer")
		}
		return json.Number(x.String()), nil
	case json.Number:
		text = string(x)
	case string:
		text = strings.TrimSpace(x)
	default:
		return nil, fmt.Errorf("%s is not an integer", describeValue(v))
	}
	if _, ok := new(big.Int).SetString(text, 10); !ok {
		return nil, fmt.Errorf("%s is not an integer", describeValue(v))
	}
	return json.Number(text), nil
}

func bigDecimalText(v any) (any, error) {
	var text string
	switch x := v.(type) {
	case json.Number:
		text = string(x)
	case string:
		text = strings.TrimSpace(x)
	case float64, float32:
		f, err := floatValue(x, PrimitiveDouble)
		if err != nil {
			return nil, err
		}
		text = formatFloat(f.(float64), 64)
	default:
		n, ok := integerOf(v)
		if !ok {
			return nil, fmt.Errorf("%s is not a decimal number", describeValue(v))
		}
		text = strconv.FormatInt(n, 10)
	}
	if !isJSONNumber(text) {
		return nil, fmt.Errorf("%s is not a decimal number", describeValue(v))
	}
	return json.Number(text), nil
}

func unknownScalar(v any) (any, error) {
	switch x := v.(type) {
	case string, bool, json.Number:
		return x, nil
	case float64:
		return floatValue(x, PrimitiveDouble)
	case float32:
		return floatValue(x, PrimitiveDouble)
	}
	if n, ok := integerOf(v); ok {
		return n, nil
	}
	return nil, fmt.Errorf("%s is not a JSON scalar", describeValue(v))
}

// isJSONNumber reports whether text is a number in JSON syntax.
func isJSONNumber(text string) bool {
	if text == "" {
		return false
	}
	var n json.Number
	return json.Unmarshal([]byte(text), &n) == nil && string(n) == text
}

// describeValue names the JSON kind of v and shows it, for error messages.
func describeValue(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case string:
		return "string " + strconv.Quote(x)
	case bool:
		return fmt.Sprintf("boolean %t", x)
	case json.Number:
		return "number " + string(x)
	case map[string]any:
		return "JSON object"
	case []any:
		return "JSON array"
	}
	return fmt.Sprintf("%T value %v", v, v)
}

// encodePrimitive writes a primitive value. Floating-point values always
// carry a decimal point or an exponent, because Egeria's Java client decodes
// 3 as an Integer and then rejects it for a FLOAT or DOUBLE property. FLOAT
// values are printed with float32 precision.
func encodePrimitive(category PrimitiveDefCategory, v any) (json.RawMessage, error) {
	bits := 64
	if category == PrimitiveFloat {
		bits = 32
	}
	switch x := v.(type) {
	case nil:
		return nil, nil
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return nil, fmt.Errorf("%v cannot be written as JSON", x)
		}
		return json.RawMessage(formatFloat(x, bits)), nil
	case float32:
		return encodePrimitive(PrimitiveFloat, float64(x))
	case json.Number:
		if !isJSONNumber(string(x)) {
			return nil, fmt.Errorf("%q is not a JSON number", string(x))
		}
		return json.RawMessage(x), nil
	case *big.Int:
		return json.RawMessage(x.String()), nil
	}
	if n, ok := integerOf(v); ok {
		return json.RawMessage(strconv.FormatInt(n, 10)), nil
	}
	return marshalNoEscape(v)
}

// formatFloat prints f in the shortest form that reads back as the same
// float of the given bit size, switching to an exponent for very small or
// very large magnitudes as encoding/json does, and appends ".0" to integral
// values.
func formatFloat(f float64, bits int) string {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	s := strconv.FormatFloat(f, format, -1, bits)
	if format == 'e' {
		// Shorten e-07 to e-7 as encoding/json does.
		if n := len(s); n >= 4 && s[n-4] == 'e' && s[n-3] == '-' && s[n-2] == '0' {
			s = s[:n-2] + s[n-1:]
		}
	}
	if !strings.ContainsAny(s, ".eE") {
		s += ".0"
	}
	return s
}
