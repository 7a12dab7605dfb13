enum FrontlineMapsPlaceholder {}
