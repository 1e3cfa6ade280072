#version 300 es
// The font atlas is a single-channel (R8) texture: coverage only, so the text
// colour comes from the vertex. Textures of other kinds set u_alpha_only = 0.
precision mediump float;
uniform sampler2D u_texture;
uniform int u_alpha_only;
in vec2 v_uv;
in vec4 v_color;
out vec4 frag_color;
void main() {
  vec4 t = texture(u_texture, v_uv);
  frag_color = u_alpha_only == 1 ? vec4(v_color.rgb, v_color.a * t.r) : v_color * t;
}
