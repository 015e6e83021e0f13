# Writes the man page dsoplint.1 from cmake/dsoplint.1.in and the built binary's --help output
# (the main help and each subcommand's), so the page cannot drift from the program.
# Usage: cmake -DBIN=path/to/dsoplint -DTEMPLATE=cmake/dsoplint.1.in -DOUTPUT=dsoplint.1 -P man_page.cmake

# help_of(VAR args...): `dsoplint args... --help`, with the program named as installed.
function(help_of var)
  execute_process(COMMAND ${BIN} ${ARGN} --help OUTPUT_VARIABLE text RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${BIN} ${ARGN} --help exited ${rc}")
  endif()
  string(REGEX REPLACE "Usage: [^ \n]*dsoplint" "Usage: dsoplint" text "${text}")
  set(${var} "${text}" PARENT_SCOPE)
endfunction()

# roff(VAR text): the text safe in a no-fill block: backslashes and hyphens escaped, no line
# starting with a control character.
function(roff var text)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  string(REGEX REPLACE "\n+$" "" text "${text}")
  set(${var} "${text}" PARENT_SCOPE)
endfunction()

help_of(main)
execute_process(COMMAND ${BIN} --version OUTPUT_VARIABLE version OUTPUT_STRIP_TRAILING_WHITESPACE)
string(REGEX REPLACE "^dsoplint " "" VERSION "${version}")

# The subcommands are the lines after "Subcommands:" in the main help.
string(REGEX MATCH "\nSubcommands:\n.*" listing "${main}")
string(REGEX MATCHALL "\n  [a-z][a-z-]*" names "${listing}")
set(COMMAND_HELP "")
foreach(name IN LISTS names)
  string(STRIP "${name}" name)
  help_of(sub ${name})
  roff(sub "${sub}")
  string(APPEND COMMAND_HELP ".SS ${name}\n.nf\n${sub}\n.fi\n")
endforeach()
roff(MAIN_HELP "${main}")
configure_file(${TEMPLATE} ${OUTPUT}.tmp @ONLY)
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUTPUT}.tmp)
