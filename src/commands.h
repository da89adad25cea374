/*
 * commands: the subcommands main.c dispatches to; each takes its own
 * argv (argv[0] is its name) and returns the exit code.
 */
#ifndef AUDIOGUIDE_COMMANDS_H
#define AUDIOGUIDE_COMMANDS_H

int cmd_extract(int argc, char **argv);
int cmd_status(int argc, char **argv);
int cmd_voices(int argc, char **argv);
int cmd_build(int argc, char **argv);
int cmd_update_po(int argc, char **argv);
int cmd_say(int argc, char **argv);
int cmd_lexicon(int argc, char **argv);
int cmd_new(int argc, char **argv);
int cmd_add_language(int argc, char **argv);

#endif
