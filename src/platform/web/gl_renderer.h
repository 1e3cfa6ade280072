// Draws ImGui's draw lists with WebGL2. Ours rather than imgui_impl_opengl3 so
// that the GLSL lives in shaders/, the font atlas can be a single-channel
// texture (a CJK atlas at devicePixelRatio 2 is large), and nothing probes for
// desktop GL features that WebGL2 lacks.
#pragma once
#include <cstdint>

struct ImDrawData;

namespace rm::web {

class GlRenderer {
 public:
  bool init();  // compiles shaders; false if WebGL2 refuses
  // Uploads an 8-bit coverage atlas and returns the texture id for ImGui.
  uint32_t upload_alpha_texture(const unsigned char* pixels, int width, int height);
  void destroy_texture(uint32_t texture);
  void render(const ImDrawData* draw_data, int framebuffer_width, int framebuffer_height);

 private:
  uint32_t program_ = 0, vao_ = 0, vbo_ = 0, ebo_ = 0;
  int loc_projection_ = -1, loc_texture_ = -1, loc_alpha_only_ = -1;
  uint32_t alpha_texture_ = 0;
};

}  // namespace rm::web
