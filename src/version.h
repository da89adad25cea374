/* version: audioguide's version, in every key, tag and generator line. */
#ifndef AUDIOGUIDE_VERSION_H
#define AUDIOGUIDE_VERSION_H

#define AUDIOGUIDE_VERSION "0.3.0"

#endif
