package handlers

import (
	"reflect"
	"strings"

	"github.com/go-playground/validator/v10"
)

// structValidator adapts validator v10 to echo.Validator.
type structValidator struct {
	validate *validator.Validate
}

// newValidator returns a validator whose errors name fields by their wire
// name: the query, path or JSON name from the struct tag.
func newValidator() *structValidator {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(func(f reflect.StructField) string {
		for _, tag := range []string{"query", "param", "json"} {
			name, _, _ := strings.Cut(f.Tag.Get(tag), ",")
			if name != "" && name != "-" {
				return name
			}
		}
		return f.Name
	})
	return &structValidator{validate: v}
}

// Validate implements echo.Validator.
func (v *structValidator) Validate(i any) error {
	return v.validate.Struct(i)
}
