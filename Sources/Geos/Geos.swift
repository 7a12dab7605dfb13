enum GeosPlaceholder {}
