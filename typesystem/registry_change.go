package typesystem

// AddGallery adds the AttributeTypeDefs and then the TypeDefs of an
// addTypeDefGallery request, each as AddAttributeTypeDef and AddTypeDef do.
// It stops at the first failure and keeps the types added before it.
func (r *Registry) AddGallery(attributeTypeDefs []*AttributeTypeDef, typeDefs []*TypeDef) error {
	for _, a := range attributeTypeDefs {
		if err := r.AddAttributeTypeDef(a); err != nil {
			return err
		}
	}
	for _, t := range typeDefs {
		if err := r.AddTypeDef(t); err != nil {
			return err
		}
	}
	return nil
}

// RemoveTypeDef removes the TypeDef with the given GUID and name. It fails
// with InvalidParameter when either is empty, with TypeDefNotKnown when no
// TypeDef has both, and with TypeDefInUse while another TypeDef refers to it
// as supertype, relationship end or valid entity type. Whether instances use
// the type is for the caller to check first.
func (r *Registry) RemoveTypeDef(guid, name string) error {
	if guid == "" || name == "" {
		return NewError(KindInvalidParameter, "obsoleteTypeDefGUID", "the TypeDef to delete needs both a GUID and a name; supply both")
	}

	r.mu.Lock()
	defer r.mu.Unlock()

	index, ok := r.typeDefByGUID[guid]
	if !ok || r.typeDefs[index].Name != name {
		return NewError(KindTypeDefNotKnown, "", "no TypeDef %s with guid %s is stored; check the GUID and name", name, guid)
	}
	if user := r.typeDefUser(guid); user != "" {
		return NewError(KindTypeDefInUse, "", "TypeDef %s is still used by TypeDef %s; delete or patch %s first", name, user, user)
	}
	r.typeDefs = append(r.typeDefs[:index:index], r.typeDefs[index+1:]...)
	r.reindex()
	r.version++
	return nil
}

// RemoveAttributeTypeDef removes the AttributeTypeDef with the given GUID and
// name. It fails like RemoveTypeDef, with TypeDefInUse while an attribute of
// a TypeDef has this type.
func (r *Registry) RemoveAttributeTypeDef(guid, name string) error {
	if guid == "" || name == "" {
		return NewError(KindInvalidParameter, "obsoleteTypeDefGUID", "the AttributeTypeDef to delete needs both a GUID and a name; supply both")
	}

	r.mu.Lock()
	defer r.mu.Unlock()

	index, ok := r.attributeByGUID[guid]
	if !ok || r.attributeTypeDefs[index].Name != name {
		return NewError(KindTypeDefNotKnown, "", "no AttributeTypeDef %s with guid %s is stored; check the GUID and name", name, guid)
	}
	if user := r.attributeTypeUser(guid); user != "" {
		return NewError(KindTypeDefInUse, "", "AttributeTypeDef %s is still used by TypeDef %s; delete or patch %s first", name, user, user)
	}
	r.attributeTypeDefs = append(r.attributeTypeDefs[:index:index], r.attributeTypeDefs[index+1:]...)
	r.reindex()
	r.version++
	return nil
}

// ReIdentifyTypeDef gives the TypeDef originalGUID/originalName a new GUID
// and name and raises its version by one. An empty new GUID or name keeps the
// old one. It fails with InvalidParameter for missing arguments or a new GUID
// or name that another type uses, with TypeDefNotKnown for an unknown type,
// and with TypeDefInUse while other TypeDefs refer to it. Whether instances
// use the type is for the caller to check first.
func (r *Registry) ReIdentifyTypeDef(originalGUID, originalName, newGUID, newName string) (*TypeDef, error) {
	if originalGUID == "" || originalName == "" || (newGUID == "" && newName == "") {
		return nil, NewError(KindInvalidParameter, "newTypeDefGUID", "re-identifying a TypeDef needs its GUID and name and a new GUID or name; supply them")
	}
	if newName != "" && !ValidName(newName) {
		return nil, NewError(KindInvalidParameter, "newTypeDefName", "the new TypeDef name %q is invalid; use an ASCII letter followed by letters, digits or underscores", newName)
	}

	r.mu.Lock()
	defer r.mu.Unlock()

	index, ok := r.typeDefByGUID[originalGUID]
	if !ok || r.typeDefs[index].Name != originalName {
		return nil, NewError(KindTypeDefNotKnown, "", "no TypeDef %s with guid %s is stored; check the GUID and name", originalName, originalGUID)
	}
	current := r.typeDefs[index]
	newGUID, newName = firstNonEmpty(newGUID, current.GUID), firstNonEmpty(newName, current.Name)
	if err := r.checkNewIdentityExcept(newGUID, newName, index); err != nil {
		return nil, err
	}
	if user := r.typeDefUser(originalGUID); user != "" {
		return nil, NewError(KindTypeDefInUse, "", "TypeDef %s is still used by TypeDef %s; it cannot be re-identified while other types refer to it", originalName, user)
	}

	updated := current.Clone()
	updated.GUID, updated.Name, updated.Version = newGUID, newName, current.Version+1
	r.typeDefs[index] = updated
	r.reindex()
	r.version++
	return updated, nil
}

// checkNewIdentityExcept reports whether guid and name are free for the
// TypeDef at position index. The caller holds the lock.
func (r *Registry) checkNewIdentityExcept(guid, name string, index int) error {
	if i, ok := r.typeDefByGUID[guid]; ok && i != index {
		return NewError(KindInvalidParameter, "newTypeDefGUID", "the GUID %s is already used by TypeDef %s; choose another GUID", guid, r.typeDefs[i].Name)
	}
	if i, ok := r.typeDefByName[name]; ok && i != index {
		return NewError(KindInvalidParameter, "newTypeDefName", "the name %s is already used by another TypeDef with guid %s; choose another name", name, r.typeDefs[i].GUID)
	}
	if _, ok := r.attributeByName[name]; ok {
		return NewError(KindInvalidParameter, "newTypeDefName", "the name %s is already used by an AttributeTypeDef; choose another name", name)
	}
	return nil
}

// typeDefUser returns the name of a TypeDef that refers to the TypeDef with
// the given GUID, or "". The caller holds the lock.
func (r *Registry) typeDefUser(guid string) string {
	refersTo := func(link *TypeDefLink) bool { return link != nil && link.GUID == guid }
	for _, t := range r.typeDefs {
		if t.GUID == guid {
			continue
		}
		if refersTo(t.SuperType) {
			return t.Name
		}
		for _, end := range []*RelationshipEndDef{t.EndDef1, t.EndDef2} {
			if end != nil && refersTo(end.EntityType) {
				return t.Name
			}
		}
		for _, link := range t.ValidEntityDefs {
			if refersTo(link) {
				return t.Name
			}
		}
	}
	return ""
}

// attributeTypeUser returns the name of a TypeDef with an attribute of the
// AttributeTypeDef with the given GUID, or "". The caller holds the lock.
func (r *Registry) attributeTypeUser(guid string) string {
	for _, t := range r.typeDefs {
		for _, a := range t.PropertiesDefinition {
			if a.AttributeType != nil && a.AttributeType.GUID == guid {
				return t.Name
			}
		}
	}
	return ""
}

// reindex rebuilds the index maps from the slices. The caller holds the
// lock.
func (r *Registry) reindex() {
	clear(r.typeDefByGUID)
	clear(r.typeDefByName)
	for i, t := range r.typeDefs {
		r.typeDefByGUID[t.GUID] = i
		r.typeDefByName[t.Name] = i
	}
	clear(r.attributeByGUID)
	clear(r.attributeByName)
	for i, a := range r.attributeTypeDefs {
		r.attributeByGUID[a.GUID] = i
		r.attributeByName[a.Name] = i
	}
}
