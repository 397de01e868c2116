import './globals.js';
import { module } from 'angular';
import { CORE_MODULE } from '@spinnaker/core';
import { AMAZON_MODULE } from '@spinnaker/amazon';

module('netflix.spinnaker', [CORE_MODULE, AMAZON_MODULE]);
