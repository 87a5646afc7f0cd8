// Entity discs with a thin ring. Several entity-type colours (city, location, group,
// country) are pale against the light background, under the 3:1 that WCAG asks of a
// graphic one must see (1.3:1 to 2.2:1); a ring of the theme's disc border colour around
// every disc gives each disc an edge of at least 3:1 against the background in both themes
// (tests/viewer/disc-contrast.test.ts), as the legend's swatches have (styles.css).
// sigma's circle program with another fragment shader: the same vertices and data (so the
// sliced drawing, picking and the picture work unchanged), the fill inside, the ring at
// the rim, the rim smoothed over one pixel as sigma's is.
import { NodeCircleProgram } from 'sigma/rendering';
import { canvasColors } from './canvas-colors.ts';

/** The ring's width in CSS pixels, and at most this share of a disc's radius (a tiny disc stays its colour). */
export const RING_PX = 1;
const RING_SHARE = 0.35;

// One pixel is 2 * u_correctionRatio in v_diffVector's units (sigma's vertex shader: v_radius = size px * 2 * u_correctionRatio).
const FRAGMENT = /* glsl */ `
precision highp float;

varying vec4 v_color;
varying vec2 v_diffVector;
varying float v_radius;

uniform float u_correctionRatio;
uniform vec4 u_borderColor;

void main(void) {
  float pixel = u_correctionRatio * 2.0;
  float d = length(v_diffVector);
  #ifdef PICKING_MODE
  gl_FragColor = d > v_radius ? vec4(0.0) : v_color;
  #else
  float ring = min(${RING_PX.toFixed(1)} * pixel, v_radius * ${RING_SHARE.toFixed(2)});
  // from the fill to the ring over half a pixel, from the ring to nothing over the last pixel
  float inner = v_radius - pixel - ring;
  float toRing = clamp((d - inner) / (0.5 * pixel) + 0.5, 0.0, 1.0);
  vec4 color = mix(v_color, vec4(u_borderColor.rgb, v_color.a), toRing);
  float fade = clamp((d - (v_radius - pixel)) / pixel, 0.0, 1.0);
  gl_FragColor = mix(color, vec4(0.0), fade);
  #endif
}
`;

/** "#rrggbb" as 0-1 channels. */
function channels(hex: string): [number, number, number] {
  const n = /^#[0-9a-f]{6}$/i.test(hex) ? parseInt(hex.slice(1), 16) : 0x6b7280;
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

export class NodeBorderProgram extends NodeCircleProgram {
  getDefinition(): ReturnType<NodeCircleProgram['getDefinition']> {
    const base = super.getDefinition();
    return { ...base, FRAGMENT_SHADER_SOURCE: FRAGMENT, UNIFORMS: [...base.UNIFORMS, 'u_borderColor'] as unknown as typeof base.UNIFORMS };
  }

  setUniforms(params: Parameters<NodeCircleProgram['setUniforms']>[0], info: Parameters<NodeCircleProgram['setUniforms']>[1]): void {
    super.setUniforms(params, info);
    const location = (info.uniformLocations as Record<string, WebGLUniformLocation>).u_borderColor;
    // the colours of the theme in use when drawn (the picture download draws in the light set)
    if (location) info.gl.uniform4f(location, ...channels(canvasColors().discBorder), 1);
  }
}
