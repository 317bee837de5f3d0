package handlers

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"

	"github.com/go-playground/validator/v10"

	"github.com/omrs-neo4j/omrs-neo4j/typesystem"
)

// decodeBody decodes the request body into req and reports whether a body
// was present. An empty body and the JSON literal null count as absent.
// Unknown members and a missing "class" are accepted, as Egeria accepts them.
func (c *call) decodeBody(req typesystem.Request) (bool, error) {
	if len(c.body) == 0 || bytes.Equal(c.body, []byte("null")) {
		return false, nil
	}

	if err := decodeJSON(c.body, req); err != nil {
		return false, malformedBody(c.op, req.Class(), err)
	}
	return true, nil
}

// decodeJSON decodes one JSON value from data into v, keeping numbers in
// untyped members as json.Number, and fails on trailing data.
func decodeJSON(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return fmt.Errorf("the JSON value is incomplete at offset %d", len(data))
		}
		return describeJSONError(err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return fmt.Errorf("unexpected data after the JSON value at offset %d", dec.InputOffset())
	}
	return nil
}

// requireBody decodes the request body into req and fails when there is none.
func (c *call) requireBody(req typesystem.Request) error {
	present, err := c.decodeBody(req)
	if err != nil {
		return err
	}
	if !present {
		return missingBody(c.op, req.Class())
	}
	return nil
}

// describeJSONError rewords encoding/json errors so that they name the
// position or member at fault in JSON terms rather than Go terms.
func describeJSONError(err error) error {
	var syntaxErr *json.SyntaxError
	if errors.As(err, &syntaxErr) {
		return fmt.Errorf("%s at offset %d", syntaxErr.Error(), syntaxErr.Offset)
	}
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		return describeTypeError(typeErr)
	}
	return errors.New(strings.TrimPrefix(err.Error(), "json: "))
}

// describeTypeError explains a JSON value of the wrong kind. encoding/json
// sets Value to the JSON kind, such as "array", while the typesystem
// decoders set it to a full explanation that names the accepted values.
func describeTypeError(err *json.UnmarshalTypeError) error {
	where := "the request body"
	if err.Field != "" {
		where = "member " + err.Field
	}
	expected := "value of another kind"
	if err.Type != nil && err.Type.Name() != "" {
		expected = err.Type.Name()
	} else if err.Type != nil {
		expected = err.Type.Kind().String()
	}

	switch kind, _, _ := strings.Cut(err.Value, " "); kind {
	case "array", "object", "string", "number", "bool":
		return fmt.Errorf("%s is a JSON %s, but a %s is expected", where, err.Value, expected)
	}
	return fmt.Errorf("%s: %s", where, err.Value)
}

// requiredParam returns a decoded path value and fails when it is empty,
// which happens for URLs such as .../instances/entity//existence.
func (c *call) requiredParam(name string) (string, error) {
	value, err := c.param(name)
	if err != nil {
		return "", err
	}
	if value == "" {
		err := typesystem.NewError(typesystem.KindInvalidParameter, name,
			"The %s path value of %s is empty", name, c.op)
		err.UserAction = fmt.Sprintf("Put the %s in the URL path.", name)
		return "", err
	}
	return value, nil
}

// bindQuery fills the fields of *dst tagged `query:"name"` from the URL
// query and checks them with the validator. Each query value is decoded
// once. Fields may be strings, booleans or ints. Booleans accept the values
// Spring accepts (true/false, on/off, yes/no, 1/0), and a missing boolean is
// false.
func (c *call) bindQuery(dst any) error {
	target := reflect.ValueOf(dst).Elem()
	fields := target.Type()
	for i := range fields.NumField() {
		name := fields.Field(i).Tag.Get("query")
		if name == "" {
			continue
		}
		if err := c.setQueryField(target.Field(i), name, c.echo.QueryParam(name)); err != nil {
			return err
		}
	}

	err := c.echo.Validate(dst)
	var invalid validator.ValidationErrors
	if errors.As(err, &invalid) && len(invalid) > 0 {
		return missingQuery(c.op, invalid[0].Field())
	}
	if err != nil {
		return fmt.Errorf("validate query of %s: %w", c.op, err)
	}
	return nil
}

func (c *call) setQueryField(field reflect.Value, name, value string) error {
	switch field.Kind() {
	case reflect.String:
		field.SetString(value)
	case reflect.Bool:
		switch strings.ToLower(value) {
		case "true", "on", "yes", "1":
			field.SetBool(true)
		case "false", "off", "no", "0", "":
			field.SetBool(false)
		default:
			return badQuery(c.op, name, value, "true or false")
		}
	case reflect.Int:
		if value == "" {
			return nil
		}
		n, err := strconv.Atoi(value)
		if err != nil {
			return badQuery(c.op, name, value, "a whole number")
		}
		field.SetInt(int64(n))
	default:
		return fmt.Errorf("bind query parameter %s of %s: unsupported field kind %s", name, c.op, field.Kind())
	}
	return nil
}
