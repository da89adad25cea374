/*
 * The player page's script and style (player.js, player.css, beside this
 * file), embedded in the program as NUL-terminated strings so that they
 * stay real files that can be read and linted.  Paths are relative to
 * the top of the tree, where make runs.
 */
	.section .rodata
	.global web_player_js
	.type web_player_js, @object
web_player_js:
	.incbin "src/web/player.js"
	.byte 0
	.size web_player_js, . - web_player_js

	.global web_player_css
	.type web_player_css, @object
web_player_css:
	.incbin "src/web/player.css"
	.byte 0
	.size web_player_css, . - web_player_css

	.section .note.GNU-stack, "", @progbits
