# EVKG_SANITIZE: the whole build under ASan + UBSan, stopping at the first report.
if(EVKG_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
endif()
