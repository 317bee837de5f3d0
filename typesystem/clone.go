package typesystem

import (
	"maps"
	"slices"
)

// Clone returns a deep copy of t.
func (t *TypeDef) Clone() *TypeDef {
	if t == nil {
		return nil
	}
	c := *t
	c.SuperType = t.SuperType.Clone()
	c.CreateTime = cloneMillis(t.CreateTime)
	c.UpdateTime = cloneMillis(t.UpdateTime)
	c.Options = maps.Clone(t.Options)
	c.ExternalStandardMappings = cloneMappings(t.ExternalStandardMappings)
	c.ValidInstanceStatusList = slices.Clone(t.ValidInstanceStatusList)
	c.PropertiesDefinition = cloneAttributes(t.PropertiesDefinition)
	c.EndDef1 = t.EndDef1.Clone()
	c.EndDef2 = t.EndDef2.Clone()
	c.ValidEntityDefs = cloneLinks(t.ValidEntityDefs)
	return &c
}

// Clone returns a deep copy of a.
func (a *AttributeTypeDef) Clone() *AttributeTypeDef {
	if a == nil {
		return nil
	}
	c := *a
	c.ArgumentTypes = slices.Clone(a.ArgumentTypes)
	if a.ElementDefs != nil {
		c.ElementDefs = make([]*EnumElementDef, len(a.ElementDefs))
		for i, e := range a.ElementDefs {
			c.ElementDefs[i] = e.Clone()
		}
	}
	c.DefaultValue = a.DefaultValue.Clone()
	return &c
}

// Clone returns a deep copy of a.
func (a *TypeDefAttribute) Clone() *TypeDefAttribute {
	if a == nil {
		return nil
	}
	c := *a
	c.AttributeType = a.AttributeType.Clone()
	c.ExternalStandardMappings = cloneMappings(a.ExternalStandardMappings)
	return &c
}

// Clone returns a copy of l.
func (l *TypeDefLink) Clone() *TypeDefLink {
	if l == nil {
		return nil
	}
	c := *l
	return &c
}

// Clone returns a deep copy of e.
func (e *RelationshipEndDef) Clone() *RelationshipEndDef {
	if e == nil {
		return nil
	}
	c := *e
	c.EntityType = e.EntityType.Clone()
	return &c
}

// Clone returns a copy of e.
func (e *EnumElementDef) Clone() *EnumElementDef {
	if e == nil {
		return nil
	}
	c := *e
	return &c
}

// Clone returns a copy of m.
func (m *ExternalStandardMapping) Clone() *ExternalStandardMapping {
	if m == nil {
		return nil
	}
	c := *m
	return &c
}

func cloneMillis(m *Millis) *Millis {
	if m == nil {
		return nil
	}
	c := *m
	return &c
}

func cloneMappings(in []*ExternalStandardMapping) []*ExternalStandardMapping {
	if in == nil {
		return nil
	}
	out := make([]*ExternalStandardMapping, len(in))
	for i, m := range in {
		out[i] = m.Clone()
	}
	return out
}

func cloneAttributes(in []*TypeDefAttribute) []*TypeDefAttribute {
	if in == nil {
		return nil
	}
	out := make([]*TypeDefAttribute, len(in))
	for i, a := range in {
		out[i] = a.Clone()
	}
	return out
}

func cloneLinks(in []*TypeDefLink) []*TypeDefLink {
	if in == nil {
		return nil
	}
	out := make([]*TypeDefLink, len(in))
	for i, l := range in {
		out[i] = l.Clone()
	}
	return out
}
