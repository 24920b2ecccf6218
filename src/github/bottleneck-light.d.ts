// The throttling plugin ships the light build; importing the same file keeps one copy of Bottleneck in the bundle.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
